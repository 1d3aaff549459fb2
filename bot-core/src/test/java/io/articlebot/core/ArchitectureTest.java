package io.articlebot.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "io.articlebot.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule coreKnowsNoChatPlatform = noClasses().that().resideInAPackage("io.articlebot.core..")
      .should().dependOnClassesThat().resideInAnyPackage("net.dv8tion..", "com.slack..")
      .because("the core is platform-neutral; adapters depend on it, never the other way");

  @ArchTest
  static final ArchRule coreStaysQuiet = noClasses().that().resideInAPackage("io.articlebot.core..")
      .should().dependOnClassesThat().resideInAnyPackage("org.slf4j..", "ch.qos.logback..")
      .because("the core reports through return values and exceptions; front ends and the launcher log");

  @ArchTest
  static final ArchRule userTextIsNeverParsedAsQuerySyntax = noClasses().that().resideInAPackage("io.articlebot.core..")
      .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene.queryparser..")
      .because("questions are analysed into terms; a query parser would choke on 'title:* AND ('");
}
