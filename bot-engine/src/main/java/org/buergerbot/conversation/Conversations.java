package org.buergerbot.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversations and their messages in the database. Appending a message increments the conversation's
 * {@code last_seq} under its row lock, so sequence numbers have no gaps and no duplicates; a message that
 * repeats a client message id is not stored twice, the first one is returned instead.
 */
@Repository
public class Conversations {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    Conversations(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void create(UUID id, String tokenHash, String lang, Instant now) {
        jdbc.sql("""
                insert into conversation (id, token_hash, lang, status, failed_answers, last_seq, created_at, updated_at)
                values (?, ?, ?, ?, 0, 0, ?, ?)""")
                .params(id, tokenHash, lang, ConversationStatus.BOT.name(), ts(now), ts(now)).update();
    }

    public Optional<Conversation> find(UUID id) {
        return jdbc.sql("select * from conversation where id = ?").param(id).query(Conversations::conversation)
                .optional();
    }

    public Optional<Conversation> findByTokenHash(String tokenHash) {
        return jdbc.sql("select * from conversation where token_hash = ?").param(tokenHash)
                .query(Conversations::conversation).optional();
    }

    /** Result of an append: the stored message, and whether this call stored it (false for a resend). */
    public record Appended(ChatMessage message, boolean stored) {
    }

    @Transactional
    public Appended append(UUID conversationId, String clientMessageId, ChatMessage.Sender sender, String kind,
                           JsonNode body, Instant now) {
        if (clientMessageId != null) {
            Optional<ChatMessage> existing = byClientId(conversationId, clientMessageId);
            if (existing.isPresent()) {
                return new Appended(existing.get(), false);
            }
        }
        int updated = jdbc.sql("update conversation set last_seq = last_seq + 1, updated_at = ? where id = ?")
                .params(ts(now), conversationId).update();
        if (updated != 1) {
            throw new IllegalArgumentException("No conversation " + conversationId);
        }
        long seq = jdbc.sql("select last_seq from conversation where id = ?").param(conversationId)
                .query(Long.class).single();
        try {
            jdbc.sql("""
                    insert into conversation_message (conversation_id, seq, client_message_id, sender, kind, body, created_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(conversationId, seq, clientMessageId, sender.name(), kind, json.writeValueAsString(body),
                            ts(now)).update();
        } catch (DuplicateKeyException raced) {
            // Two resends of one client message at once: the other one won; this transaction rolls back.
            throw new ConcurrentResendException(conversationId, clientMessageId, raced);
        }
        return new Appended(new ChatMessage(conversationId, seq, clientMessageId, sender, kind, body, now), true);
    }

    public Optional<ChatMessage> byClientId(UUID conversationId, String clientMessageId) {
        return jdbc.sql("select * from conversation_message where conversation_id = ? and client_message_id = ?")
                .params(conversationId, clientMessageId).query(this::message).optional();
    }

    /** Messages with a sequence number above {@code afterSeq}, oldest first, at most {@code limit}. */
    public List<ChatMessage> messagesAfter(UUID conversationId, long afterSeq, int limit) {
        return jdbc.sql("""
                select * from conversation_message where conversation_id = ? and seq > ? order by seq
                fetch first ? rows only""")
                .params(conversationId, afterSeq, limit).query(this::message).list();
    }

    public void setStatus(UUID id, ConversationStatus status, Instant now) {
        jdbc.sql("update conversation set status = ?, updated_at = ? where id = ?")
                .params(status.name(), ts(now), id).update();
    }

    /** Counts an unanswered message and returns the new count. */
    @Transactional
    public int countFailedAnswer(UUID id) {
        jdbc.sql("update conversation set failed_answers = failed_answers + 1 where id = ?").param(id).update();
        return jdbc.sql("select failed_answers from conversation where id = ?").param(id).query(Integer.class).single();
    }

    public void resetFailedAnswers(UUID id) {
        jdbc.sql("update conversation set failed_answers = 0 where id = ?").param(id).update();
    }

    private static Conversation conversation(ResultSet rs, int row) throws SQLException {
        return new Conversation(rs.getObject("id", UUID.class), rs.getString("lang"),
                ConversationStatus.valueOf(rs.getString("status")), rs.getInt("failed_answers"), rs.getLong("last_seq"),
                rs.getTimestamp("created_at").toInstant());
    }

    private ChatMessage message(ResultSet rs, int row) throws SQLException {
        return new ChatMessage(rs.getObject("conversation_id", UUID.class), rs.getLong("seq"),
                rs.getString("client_message_id"), ChatMessage.Sender.valueOf(rs.getString("sender")),
                rs.getString("kind"), json.readTree(rs.getString("body")), rs.getTimestamp("created_at").toInstant());
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    /**
     * Runs a store of a client message; when a resend of the same message raced with it and won, the message is
     * stored exactly once, which is what the client asked for, so that is not an error.
     */
    public static void storeOnce(Runnable store) {
        try {
            store.run();
        } catch (ConcurrentResendException alreadyStored) {
            // the other copy of this message committed first
        }
    }

    /** A resend raced with itself; the caller can read the stored message by its client id. */
    public static class ConcurrentResendException extends RuntimeException {
        ConcurrentResendException(UUID conversationId, String clientMessageId, Throwable cause) {
            super("Message " + clientMessageId + " of " + conversationId + " was stored concurrently", cause);
        }
    }
}
