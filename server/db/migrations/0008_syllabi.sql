CREATE TABLE "discipline_syllabi" (
	"id" uuid PRIMARY KEY NOT NULL,
	"discipline_id" uuid NOT NULL,
	"academic_year" text NOT NULL,
	"start_year" integer NOT NULL,
	"term_kind" text NOT NULL,
	"file_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size" integer NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL,
	"uploaded_by" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "discipline_syllabi" ADD CONSTRAINT "discipline_syllabi_discipline_id_disciplines_id_fk" FOREIGN KEY ("discipline_id") REFERENCES "public"."disciplines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discipline_syllabi" ADD CONSTRAINT "discipline_syllabi_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discipline_syllabi" ADD CONSTRAINT "discipline_syllabi_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "discipline_syllabi_discipline_idx" ON "discipline_syllabi" USING btree ("discipline_id","start_year","uploaded_at");