package io.articlebot.discord;
