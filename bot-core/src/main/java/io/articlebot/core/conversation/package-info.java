/**
 * Conversations: what a user said before, in one place (a thread, a reply chain, a DM, the
 * console session; per user in a shared channel), kept for a while so that a follow-up ("why?",
 * "tell me more", "who runs it?") is read together with it. A follow-up is turned into a
 * self-contained question before it reaches the answering engine, and the reply says how it was
 * read. Nothing here knows a chat platform; the front ends choose the {@link
 * io.articlebot.core.conversation.ConversationKey}.
 */
package io.articlebot.core.conversation;
