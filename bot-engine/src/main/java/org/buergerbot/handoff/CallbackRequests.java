package org.buergerbot.handoff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Callback requests left when no clerk was available; clerks work them off against a 24-hour promise. */
@Repository
public class CallbackRequests {

    /** How soon the municipality promises to call back. */
    public static final Duration PROMISE = Duration.ofHours(24);

    /** A request as clerks see it, with its age against the promise. */
    public record CallbackRequest(UUID id, UUID conversationId, String contact, String question, String lang,
                                  Instant createdAt, Instant doneAt, String doneBy, long ageHours, boolean overdue) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    CallbackRequests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public UUID create(UUID conversationId, String contact, String question, String lang) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into callback_request (id, conversation_id, contact, question, lang, created_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, conversationId, contact, question, lang, Timestamp.from(clock.instant())).update();
        return id;
    }

    /** Open requests, oldest first. */
    public List<CallbackRequest> open() {
        return jdbc.sql("select * from callback_request where done_at is null order by created_at")
                .query(this::request).list();
    }

    public boolean markDone(UUID id, String clerk) {
        return jdbc.sql("update callback_request set done_at = ?, done_by = ? where id = ? and done_at is null")
                .params(Timestamp.from(clock.instant()), clerk, id).update() == 1;
    }

    private CallbackRequest request(ResultSet rs, int row) throws SQLException {
        Instant created = rs.getTimestamp("created_at").toInstant();
        Timestamp done = rs.getTimestamp("done_at");
        Duration age = Duration.between(created, clock.instant());
        return new CallbackRequest(rs.getObject("id", UUID.class), rs.getObject("conversation_id", UUID.class),
                rs.getString("contact"), rs.getString("question"), rs.getString("lang"), created,
                done == null ? null : done.toInstant(), rs.getString("done_by"), age.toHours(),
                done == null && age.compareTo(PROMISE) > 0);
    }
}
