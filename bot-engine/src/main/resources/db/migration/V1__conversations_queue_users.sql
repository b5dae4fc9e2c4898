-- Runs on H2 (default) and PostgreSQL (profile postgres): only portable types and statements.

create table conversation (
    id             uuid          primary key,
    token_hash     varchar(64)   not null unique,
    lang           varchar(8)    not null,
    status         varchar(16)   not null,
    failed_answers integer       not null default 0,
    last_seq       bigint        not null default 0,
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null
);

create table conversation_message (
    conversation_id   uuid          not null references conversation (id),
    seq               bigint        not null,
    client_message_id varchar(64),
    sender            varchar(16)   not null,
    kind              varchar(16)   not null,
    body              varchar(20000) not null,
    created_at        timestamp with time zone not null,
    primary key (conversation_id, seq)
);
create unique index ux_message_client_id on conversation_message (conversation_id, client_message_id);

-- The clerk queue: the source of truth for hand-offs (WAITING -> ASSIGNED -> CLOSED, or ABANDONED).
create table handoff (
    conversation_id uuid          primary key references conversation (id),
    status          varchar(16)   not null,
    reason          varchar(32)   not null,
    lang            varchar(8)    not null,
    topic           varchar(64),
    candidates      varchar(2000) not null,
    clerk           varchar(50),
    outcome         varchar(32),
    enqueued_at     timestamp with time zone not null,
    assigned_at     timestamp with time zone,
    closed_at       timestamp with time zone
);
create index ix_handoff_status on handoff (status, enqueued_at);

create table callback_request (
    id              uuid          primary key,
    conversation_id uuid          references conversation (id),
    contact         varchar(200)  not null,
    question        varchar(1000) not null,
    lang            varchar(8)    not null,
    created_at      timestamp with time zone not null,
    done_at         timestamp with time zone,
    done_by         varchar(50)
);

-- Spring Security's JDBC user schema: clerks, editors and admins with BCrypt-hashed passwords.
create table users (
    username varchar(50)  primary key,
    password varchar(500) not null,
    enabled  boolean      not null
);
create table authorities (
    username  varchar(50) not null references users (username),
    authority varchar(50) not null
);
create unique index ux_auth_username on authorities (username, authority);
