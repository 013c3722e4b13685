-- Name search over 50,000 students: a lower-case search text with a trigram index, and a sort key.
-- Both are kept by triggers, so every write path (cards, imports, the demo, restores) keeps them right.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
ALTER TABLE "students" ADD COLUMN "search_text" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "students" ADD COLUMN "sort_name" text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE FUNCTION students_search_keys() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  person record;
BEGIN
  SELECT username, last_name, first_name, patronymic INTO person FROM users WHERE id = NEW.user_id;
  NEW.sort_name := concat_ws(' ', person.last_name, person.first_name, person.patronymic);
  NEW.search_text := lower(concat_ws(' ', person.username, person.last_name, person.first_name, person.patronymic, NEW.last_name_latin, NEW.first_name_latin));
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER students_search_keys BEFORE INSERT OR UPDATE ON students
  FOR EACH ROW EXECUTE FUNCTION students_search_keys();--> statement-breakpoint
CREATE FUNCTION users_names_to_students() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE students SET updated_at = updated_at WHERE user_id = NEW.id;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER users_names_to_students AFTER UPDATE OF username, last_name, first_name, patronymic ON users
  FOR EACH ROW EXECUTE FUNCTION users_names_to_students();--> statement-breakpoint
UPDATE students SET updated_at = updated_at;--> statement-breakpoint
CREATE INDEX "students_search_trgm_idx" ON "students" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "students_sort_idx" ON "students" USING btree ("sort_name","id");
