package io.articlebot.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypedValuesTest {

  @Test
  void plainStatementHoldsNoNumberDateOrPlace() {
    assertThat(TypedValues.in("the sky is blue and calm"))
        .contains(AnswerType.ANY)
        .doesNotContain(AnswerType.NUMBER, AnswerType.AMOUNT, AnswerType.DATE, AnswerType.DURATION, AnswerType.PLACE);
  }

  @Test
  void lowerCaseWordsAreNotAName() {
    assertThat(TypedValues.in("the sky is blue and calm")).doesNotContain(AnswerType.PERSON);
  }

  @Test
  void money() {
    assertThat(TypedValues.in("spending only $5.6 million")).contains(AnswerType.AMOUNT);
    assertThat(TypedValues.hasMoney("spending only $5.6 million")).isTrue();
    assertThat(TypedValues.hasMoney("over 100 billion yuan in assets")).isTrue();
    assertThat(TypedValues.hasMoney("contributed €3 million")).isTrue();
    assertThat(TypedValues.hasMoney("offered free of charge")).isTrue();
    assertThat(TypedValues.hasMoney("about 50,000 H100 computing cards")).isFalse();
  }

  @Test
  void counts() {
    assertThat(TypedValues.in("about 50,000 H100 computing cards")).contains(AnswerType.NUMBER);
    assertThat(TypedValues.in("purchasing thousands of Nvidia GPUs")).contains(AnswerType.NUMBER);
    assertThat(TypedValues.in("the sky is blue")).doesNotContain(AnswerType.NUMBER);
  }

  @Test
  void dates() {
    assertThat(TypedValues.in("released by the company on January 20")).contains(AnswerType.DATE);
    assertThat(TypedValues.in("a degree from Zhejiang University in 2010")).contains(AnswerType.DATE);
    assertThat(TypedValues.in("about 50,000 H100 computing cards")).doesNotContain(AnswerType.DATE);
    assertThat(TypedValues.in("it cost $2024 to fix")).doesNotContain(AnswerType.DATE);
  }

  @Test
  void clockTimesAreDates() {
    assertThat(TypedValues.in("the doors opened at 9 a.m., and the staff")).contains(AnswerType.DATE);
    assertThat(TypedValues.in("open until 9 p.m. on weekdays")).contains(AnswerType.DATE);
  }

  @Test
  void clockTimesWithoutDotsAreDates() {
    assertThat(TypedValues.in("the doors opened at 9am sharp")).contains(AnswerType.DATE);
  }

  @Test
  void durations() {
    assertThat(TypedValues.in("its breakthrough in just two months")).contains(AnswerType.DURATION);
    assertThat(TypedValues.in("caught up in a matter of months")).contains(AnswerType.DURATION);
    assertThat(TypedValues.in("the sky is blue")).doesNotContain(AnswerType.DURATION);
  }

  @Test
  void namesAndPlaces() {
    assertThat(TypedValues.in("Founded by Liang Wenfeng, the company grew.")).contains(AnswerType.PERSON);
    assertThat(TypedValues.in("he was born in Zhanjiang, a city")).contains(AnswerType.PLACE);
    assertThat(TypedValues.in("the Hangzhou-based startup")).contains(AnswerType.PLACE);
  }

  @Test
  void numberWords() {
    assertThat(TypedValues.isNumber("50,000")).isTrue();
    assertThat(TypedValues.isNumber("3.5")).isTrue();
    assertThat(TypedValues.isNumber("two")).isTrue();
    assertThat(TypedValues.isNumber("H100")).isFalse();
    assertThat(TypedValues.isNumber("chips")).isFalse();
    assertThat(TypedValues.hasDigits("version 2 is out")).isTrue();
    assertThat(TypedValues.hasDigits("no digits here")).isFalse();
    assertThat(TypedValues.hasDigits("model R1")).as("digits inside a name are not a number").isFalse();
  }

  @Test
  void phoneNumbersAndEmailAddresses() {
    assertThat(TypedValues.holds(AnswerType.PHONE, "Call our desk on (555) 014-2730 between 9 and 5.")).isTrue();
    assertThat(TypedValues.holds(AnswerType.PHONE, "It opened in 2024 with 1,200 seats.")).isFalse();
    assertThat(TypedValues.holds(AnswerType.EMAIL, "Email remote-work@larkspur-analytics.example today.")).isTrue();
    assertThat(TypedValues.holds(AnswerType.EMAIL, "Ask the help desk.")).isFalse();
  }
}
