CREATE TABLE "individual_plan_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"source" text NOT NULL,
	"kind" text NOT NULL,
	"semester" integer NOT NULL,
	"term" text NOT NULL,
	"discipline_id" uuid,
	"plan_line_id" uuid,
	"practice_id" uuid,
	"group_kind" text,
	"elective_group" text,
	"credits" integer NOT NULL,
	"control_form" text,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "individual_plan_status_changes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"changed_by" uuid,
	"changed_at" timestamp with time zone NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "individual_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"student_id" uuid NOT NULL,
	"academic_year" integer NOT NULL,
	"course" integer NOT NULL,
	"program_id" uuid NOT NULL,
	"working_plan_id" uuid NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"submitted_by" uuid,
	"submitted_at" timestamp with time zone,
	"advisor_approved_by" uuid,
	"advisor_approved_at" timestamp with time zone,
	"registrar_accepted_by" uuid,
	"registrar_accepted_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "individual_plan_lines" ADD CONSTRAINT "individual_plan_lines_plan_id_individual_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."individual_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "individual_plan_lines" ADD CONSTRAINT "individual_plan_lines_discipline_id_disciplines_id_fk" FOREIGN KEY ("discipline_id") REFERENCES "public"."disciplines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "individual_plan_lines" ADD CONSTRAINT "individual_plan_lines_plan_line_id_study_plan_lines_id_fk" FOREIGN KEY ("plan_line_id") REFERENCES "public"."study_plan_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "individual_plan_lines" ADD CONSTRAINT "individual_plan_lines_practice_id_study_plan_practices_id_fk" FOREIGN KEY ("practice_id") REFERENCES "public"."study_plan_practices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "individual_plan_status_changes" ADD CONSTRAINT "individual_plan_status_changes_plan_id_individual_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."individual_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "individual_plan_status_changes" ADD CONSTRAINT "individual_plan_status_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "individual_plans" ADD CONSTRAINT "individual_plans_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "individual_plans" ADD CONSTRAINT "individual_plans_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "individual_plans" ADD CONSTRAINT "individual_plans_working_plan_id_study_plans_id_fk" FOREIGN KEY ("working_plan_id") REFERENCES "public"."study_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "individual_plans" ADD CONSTRAINT "individual_plans_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "individual_plans" ADD CONSTRAINT "individual_plans_advisor_approved_by_users_id_fk" FOREIGN KEY ("advisor_approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "individual_plans" ADD CONSTRAINT "individual_plans_registrar_accepted_by_users_id_fk" FOREIGN KEY ("registrar_accepted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "individual_plans" ADD CONSTRAINT "individual_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "individual_plan_lines_plan_idx" ON "individual_plan_lines" USING btree ("plan_id","semester","position");--> statement-breakpoint
CREATE UNIQUE INDEX "individual_plan_lines_discipline_uq" ON "individual_plan_lines" USING btree ("plan_id","discipline_id") WHERE "individual_plan_lines"."discipline_id" is not null;--> statement-breakpoint
CREATE INDEX "individual_plan_lines_discipline_idx" ON "individual_plan_lines" USING btree ("discipline_id");--> statement-breakpoint
CREATE INDEX "individual_plan_status_changes_plan_idx" ON "individual_plan_status_changes" USING btree ("plan_id","changed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "individual_plans_student_year_uq" ON "individual_plans" USING btree ("student_id","academic_year");--> statement-breakpoint
CREATE INDEX "individual_plans_working_plan_idx" ON "individual_plans" USING btree ("working_plan_id");