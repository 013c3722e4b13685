CREATE TABLE "discipline_prerequisites" (
	"discipline_id" uuid NOT NULL,
	"prerequisite_id" uuid NOT NULL,
	CONSTRAINT "discipline_prerequisites_discipline_id_prerequisite_id_pk" PRIMARY KEY("discipline_id","prerequisite_id")
);
--> statement-breakpoint
CREATE TABLE "disciplines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_ky" text NOT NULL,
	"name_en" text NOT NULL,
	"description_ru" text DEFAULT '' NOT NULL,
	"description_ky" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"department_id" uuid NOT NULL,
	"kind" text DEFAULT 'regular' NOT NULL,
	"credits" integer NOT NULL,
	"hours_lecture" integer DEFAULT 0 NOT NULL,
	"hours_practice" integer DEFAULT 0 NOT NULL,
	"hours_lab" integer DEFAULT 0 NOT NULL,
	"hours_supervised" integer DEFAULT 0 NOT NULL,
	"hours_independent" integer DEFAULT 0 NOT NULL,
	"control_form" text NOT NULL,
	"languages" text[] NOT NULL,
	"is_elective" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disciplines_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "study_plan_elective_groups" (
	"plan_id" uuid NOT NULL,
	"key" text NOT NULL,
	"choose" integer NOT NULL,
	CONSTRAINT "study_plan_elective_groups_plan_id_key_pk" PRIMARY KEY("plan_id","key")
);
--> statement-breakpoint
CREATE TABLE "study_plan_lines" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"discipline_id" uuid NOT NULL,
	"semester" integer NOT NULL,
	"group_kind" text NOT NULL,
	"elective_group" text,
	"cycle" text NOT NULL,
	"component" text NOT NULL,
	"midterms" integer NOT NULL,
	"credits" integer NOT NULL,
	"hours_lecture" integer NOT NULL,
	"hours_practice" integer NOT NULL,
	"hours_lab" integer NOT NULL,
	"hours_supervised" integer NOT NULL,
	"hours_independent" integer NOT NULL,
	"control_form" text NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "study_plan_practices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"credits" integer NOT NULL,
	"semester" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "study_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"program_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"admission_year" integer,
	"version" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"semesters" integer NOT NULL,
	"attestation_credits" integer DEFAULT 0 NOT NULL,
	"based_on_id" uuid,
	"created_by" uuid,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "discipline_prerequisites" ADD CONSTRAINT "discipline_prerequisites_discipline_id_disciplines_id_fk" FOREIGN KEY ("discipline_id") REFERENCES "public"."disciplines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discipline_prerequisites" ADD CONSTRAINT "discipline_prerequisites_prerequisite_id_disciplines_id_fk" FOREIGN KEY ("prerequisite_id") REFERENCES "public"."disciplines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disciplines" ADD CONSTRAINT "disciplines_department_id_org_units_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_plan_elective_groups" ADD CONSTRAINT "study_plan_elective_groups_plan_id_study_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."study_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_plan_lines" ADD CONSTRAINT "study_plan_lines_plan_id_study_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."study_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_plan_lines" ADD CONSTRAINT "study_plan_lines_discipline_id_disciplines_id_fk" FOREIGN KEY ("discipline_id") REFERENCES "public"."disciplines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_plan_practices" ADD CONSTRAINT "study_plan_practices_plan_id_study_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."study_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_plans" ADD CONSTRAINT "study_plans_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_plans" ADD CONSTRAINT "study_plans_based_on_id_study_plans_id_fk" FOREIGN KEY ("based_on_id") REFERENCES "public"."study_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_plans" ADD CONSTRAINT "study_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "study_plans" ADD CONSTRAINT "study_plans_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "discipline_prerequisites_prerequisite_idx" ON "discipline_prerequisites" USING btree ("prerequisite_id");--> statement-breakpoint
CREATE INDEX "disciplines_department_idx" ON "disciplines" USING btree ("department_id");--> statement-breakpoint
CREATE UNIQUE INDEX "study_plan_lines_uq" ON "study_plan_lines" USING btree ("plan_id","discipline_id");--> statement-breakpoint
CREATE INDEX "study_plan_lines_discipline_idx" ON "study_plan_lines" USING btree ("discipline_id");--> statement-breakpoint
CREATE UNIQUE INDEX "study_plans_version_uq" ON "study_plans" USING btree ("program_id","kind",coalesce("admission_year", 0),"version");--> statement-breakpoint
CREATE UNIQUE INDEX "study_plans_one_draft_uq" ON "study_plans" USING btree ("program_id","kind",coalesce("admission_year", 0)) WHERE "study_plans"."status" = 'draft';