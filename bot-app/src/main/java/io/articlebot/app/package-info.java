package io.articlebot.app;
