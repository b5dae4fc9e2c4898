package org.buergerbot.handoff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.buergerbot.conversation.ConversationEscalated;
import org.buergerbot.conversation.ConversationLeft;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clerk queue, kept in the database so that a restart loses nothing. Claiming is one conditional
 * {@code UPDATE ... WHERE status = 'WAITING'}: of two clerks claiming at once exactly one changes the row.
 */
@Service
public class ClerkQueue {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate separately;

    ClerkQueue(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Enqueues an escalated conversation once; a second escalation of a queued conversation changes nothing. */
    @EventListener
    @Order(1)
    @Transactional
    public void on(ConversationEscalated escalated) {
        int inserted = jdbc.sql("""
                insert into handoff (conversation_id, status, reason, lang, topic, candidates, enqueued_at)
                select ?, 'WAITING', ?, ?, ?, ?, ? from (values (1)) as one
                where not exists (select 1 from handoff where conversation_id = ?)""")
                .params(escalated.conversationId(), escalated.reason().name(), escalated.lang(), escalated.topic(),
                        String.join(",", escalated.candidates()), Timestamp.from(clock.instant()),
                        escalated.conversationId())
                .update();
        if (inserted == 1) {
            events.publishEvent(new QueueChanged());
        }
    }

    /** @return true if this clerk won the conversation, false if it was not waiting (someone else was faster) */
    @Transactional
    public boolean claim(UUID conversationId, String clerk) {
        boolean won = jdbc.sql("""
                update handoff set status = 'ASSIGNED', clerk = ?, assigned_at = ?
                where conversation_id = ? and status = 'WAITING'""")
                .params(clerk, Timestamp.from(clock.instant()), conversationId).update() == 1;
        if (won) {
            events.publishEvent(new QueueChanged());
        }
        return won;
    }

    /** Closes a conversation the clerk holds, with an outcome; false if the clerk does not hold it. */
    @Transactional
    public boolean close(UUID conversationId, String clerk, String outcome) {
        boolean closed = jdbc.sql("""
                update handoff set status = 'CLOSED', outcome = ?, closed_at = ?
                where conversation_id = ? and status = 'ASSIGNED' and clerk = ?""")
                .params(outcome, Timestamp.from(clock.instant()), conversationId, clerk).update() == 1;
        if (closed) {
            events.publishEvent(new QueueChanged());
        }
        return closed;
    }

    /** A citizen who ends the conversation gives up a hand-off that is still open. */
    @EventListener
    @Transactional
    public void on(ConversationLeft left) {
        abandon(left.conversationId());
    }

    /** The citizen left before a clerk closed the conversation. */
    @Transactional
    public void abandon(UUID conversationId) {
        int changed = jdbc.sql("""
                update handoff set status = 'ABANDONED', closed_at = ?
                where conversation_id = ? and status in ('WAITING', 'ASSIGNED')""")
                .params(Timestamp.from(clock.instant()), conversationId).update();
        if (changed == 1) {
            events.publishEvent(new QueueChanged());
        }
    }

    public Optional<QueueEntry> find(UUID conversationId) {
        return jdbc.sql("select * from handoff where conversation_id = ?").param(conversationId)
                .query(ClerkQueue::entry).optional();
    }

    /** How many conversations the clerk holds now. */
    /**
     * Locks the clerk's row until the caller's transaction ends, so that two claims of one clerk (two tabs, a
     * double click) run one after the other and both see the other's chats. The row is created on first use in
     * a transaction of its own: a concurrent first use may create it first, which is fine.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockClerk(String clerk) {
        try {
            separately.executeWithoutResult(status -> jdbc.sql("""
                    insert into clerk_claim_lock (clerk) select ? from (values (1)) as one
                    where not exists (select 1 from clerk_claim_lock where clerk = ?)""")
                    .params(clerk, clerk).update());
        } catch (DuplicateKeyException alreadyCreated) {
            // created by a concurrent first claim of the same clerk
        }
        jdbc.sql("select clerk from clerk_claim_lock where clerk = ? for update").param(clerk)
                .query(String.class).single();
    }

    public int heldBy(String clerk) {
        return jdbc.sql("select count(*) from handoff where status = 'ASSIGNED' and clerk = ?").param(clerk)
                .query(Integer.class).single();
    }

    public boolean isHeldBy(UUID conversationId, String clerk) {
        return find(conversationId).filter(e -> e.status() == QueueEntry.Status.ASSIGNED && clerk.equals(e.clerk()))
                .isPresent();
    }

    /** Waiting and assigned conversations, oldest first. */
    public List<QueueEntry> open() {
        return jdbc.sql("select * from handoff where status in ('WAITING', 'ASSIGNED') order by enqueued_at, conversation_id")
                .query(ClerkQueue::entry).list();
    }

    /** 1-based position among waiting conversations, or empty when not waiting. */
    public Optional<Integer> position(UUID conversationId) {
        List<QueueEntry> waiting = open().stream().filter(e -> e.status() == QueueEntry.Status.WAITING).toList();
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i).conversationId().equals(conversationId)) {
                return Optional.of(i + 1);
            }
        }
        return Optional.empty();
    }

    private static QueueEntry entry(ResultSet rs, int row) throws SQLException {
        String candidates = rs.getString("candidates");
        return new QueueEntry(rs.getObject("conversation_id", UUID.class),
                QueueEntry.Status.valueOf(rs.getString("status")), rs.getString("reason"), rs.getString("lang"),
                rs.getString("topic"), candidates == null || candidates.isEmpty() ? List.of()
                        : Arrays.asList(candidates.split(",")),
                rs.getString("clerk"), rs.getString("outcome"), instant(rs, "enqueued_at"),
                instant(rs, "assigned_at"), instant(rs, "closed_at"));
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }
}
