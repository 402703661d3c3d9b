-- 001: the first schema of the reporting service.
-- Plans, unit trees, tokens and progress events. Every change after this one
-- is a new numbered file; a file that was applied is never edited.

-- A unit tree: an uploaded one, or Vietnam's real units. Trees never change;
-- a new tree is a new id.
CREATE TABLE trees (
  id          text PRIMARY KEY,
  name        text NOT NULL,
  source      text NOT NULL,
  unit_count  integer NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  created_by  text NOT NULL
);

-- The units of a tree, in the order they were given (the roll-up lists them so).
CREATE TABLE units (
  tree_id  text NOT NULL REFERENCES trees (id),
  ord      integer NOT NULL,
  id       text NOT NULL,
  parent   text,
  body     text NOT NULL,
  PRIMARY KEY (tree_id, id),
  UNIQUE (tree_id, ord)
);

-- A plan rolled out over one tree; its content lives in plan_versions.
CREATE TABLE plans (
  id          text PRIMARY KEY,
  tree_id     text NOT NULL REFERENCES trees (id),
  version     integer NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- Every version of a plan: the @rollout/json envelope, who changed it, when, and what.
CREATE TABLE plan_versions (
  plan_id      text NOT NULL REFERENCES plans (id),
  version      integer NOT NULL,
  envelope     text NOT NULL,
  changed_by   text NOT NULL,
  changed_at   timestamptz NOT NULL DEFAULT now(),
  changes      text NOT NULL,
  PRIMARY KEY (plan_id, version)
);

-- Access tokens: only a SHA-256 of the secret is kept. An admin token has no
-- tree; a unit token reports for its unit and the units below it.
CREATE TABLE tokens (
  id               text PRIMARY KEY,
  secret_hash      text NOT NULL,
  role             text NOT NULL CHECK (role IN ('admin', 'unit')),
  tree_id          text,
  unit_id          text,
  label            text NOT NULL,
  rate_per_minute  integer,
  max_body_bytes   integer,
  created_at       timestamptz NOT NULL DEFAULT now(),
  created_by       text,
  revoked_at       timestamptz,
  CHECK ((role = 'admin') = (tree_id IS NULL AND unit_id IS NULL)),
  FOREIGN KEY (tree_id, unit_id) REFERENCES units (tree_id, id)
);

-- Progress events as the SDK read them, once each: `event_key` is `id:<id>`,
-- or `content:<sha-256>` for an event without an id. `seq` is the order of
-- commit within a plan (one writer per plan), the order the roll-up reads.
CREATE TABLE events (
  seq          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  plan_id      text NOT NULL REFERENCES plans (id),
  event_key    text NOT NULL,
  unit_id      text NOT NULL,
  kind         text NOT NULL,
  event_date   text,
  body         text NOT NULL,
  token_id     text NOT NULL REFERENCES tokens (id),
  batch_id     text,
  batch_line   integer,
  received_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (plan_id, event_key)
);
CREATE INDEX events_by_plan ON events (plan_id, seq);
CREATE INDEX events_by_unit ON events (plan_id, unit_id, seq);
