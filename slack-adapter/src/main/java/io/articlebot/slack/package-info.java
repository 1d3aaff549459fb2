package io.articlebot.slack;
