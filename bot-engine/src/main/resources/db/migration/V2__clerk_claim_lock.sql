-- One row per clerk who has claimed a chat: claims lock it (select ... for update) so that the capacity check
-- and the claim of one clerk never interleave, on H2 and PostgreSQL alike.
create table clerk_claim_lock (
    clerk varchar(50) primary key
);
