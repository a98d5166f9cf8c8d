-- Every new dataset revision is announced on the "dataset_revision" channel, with its id as the
-- payload, when its transaction commits; each app instance LISTENs and drops its revision-keyed caches.
CREATE FUNCTION "notify_dataset_revision"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('dataset_revision', NEW."id"::text);
  RETURN NEW;
END;
$$;

CREATE TRIGGER "dataset_revisions_notify" AFTER INSERT ON "dataset_revisions"
  FOR EACH ROW EXECUTE FUNCTION "notify_dataset_revision"();
