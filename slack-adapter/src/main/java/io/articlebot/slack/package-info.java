/**
 * The Slack front end: Socket Mode or HTTP (Events API, slash commands and interactivity on
 * {@code POST /slack/events}), Block Kit rendering of {@link io.articlebot.core.chat.Reply}s, and
 * delivery through the Web API and response URLs with retries. Everything that decides what to say
 * lives in {@link io.articlebot.core.chat.ChatService}; this package only translates.
 */
package io.articlebot.slack;
