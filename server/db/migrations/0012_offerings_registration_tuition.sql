CREATE TABLE "enrolments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"section_id" uuid NOT NULL,
	"offering_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"student_id" uuid NOT NULL,
	"plan_line_id" uuid NOT NULL,
	"status" text DEFAULT 'enrolled' NOT NULL,
	"enrolled_by" uuid NOT NULL,
	"enrolled_at" timestamp with time zone NOT NULL,
	"ended_by" uuid,
	"ended_at" timestamp with time zone,
	"end_reason" text
);
--> statement-breakpoint
CREATE TABLE "offerings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"discipline_id" uuid NOT NULL,
	"academic_year" integer NOT NULL,
	"term" text NOT NULL,
	"language" text NOT NULL,
	"is_elective" boolean DEFAULT false NOT NULL,
	"expected_students" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"cancelled_at" timestamp with time zone,
	"rechoose_until" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sections" (
	"id" uuid PRIMARY KEY NOT NULL,
	"offering_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"number" integer NOT NULL,
	"teacher_id" uuid,
	"capacity" integer NOT NULL,
	"min_size" integer NOT NULL,
	"taken" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sections_taken_ck" CHECK ("sections"."taken" >= 0 and "sections"."taken" <= "sections"."capacity"),
	CONSTRAINT "sections_size_ck" CHECK ("sections"."capacity" >= 1 and "sections"."min_size" >= 0 and "sections"."min_size" <= "sections"."capacity")
);
--> statement-breakpoint
CREATE TABLE "waitlist_entries" (
	"id" uuid PRIMARY KEY NOT NULL,
	"section_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"plan_line_id" uuid NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"offered_at" timestamp with time zone,
	"offer_expires_at" timestamp with time zone,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"student_id" uuid NOT NULL,
	"academic_year" integer NOT NULL,
	"term" text NOT NULL,
	"purpose" text NOT NULL,
	"discipline_id" uuid,
	"amount" integer NOT NULL,
	"paid_on" date NOT NULL,
	"reference" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "payments_amount_ck" CHECK ("payments"."amount" > 0),
	CONSTRAINT "payments_restudy_ck" CHECK (("payments"."purpose" = 'restudy') = ("payments"."discipline_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "tuition_prices" (
	"id" uuid PRIMARY KEY NOT NULL,
	"program_id" uuid NOT NULL,
	"study_form" text NOT NULL,
	"academic_year" integer NOT NULL,
	"price_per_credit" integer NOT NULL,
	"set_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tuition_prices_price_ck" CHECK ("tuition_prices"."price_per_credit" > 0)
);
--> statement-breakpoint
ALTER TABLE "individual_plans" ADD COLUMN "revision" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "individual_plans" ADD COLUMN "dean_approved_by" uuid;--> statement-breakpoint
ALTER TABLE "individual_plans" ADD COLUMN "dean_approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_section_id_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."sections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_offering_id_offerings_id_fk" FOREIGN KEY ("offering_id") REFERENCES "public"."offerings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_plan_line_id_individual_plan_lines_id_fk" FOREIGN KEY ("plan_line_id") REFERENCES "public"."individual_plan_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_enrolled_by_users_id_fk" FOREIGN KEY ("enrolled_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enrolments" ADD CONSTRAINT "enrolments_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offerings" ADD CONSTRAINT "offerings_discipline_id_disciplines_id_fk" FOREIGN KEY ("discipline_id") REFERENCES "public"."disciplines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sections" ADD CONSTRAINT "sections_offering_id_offerings_id_fk" FOREIGN KEY ("offering_id") REFERENCES "public"."offerings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sections" ADD CONSTRAINT "sections_teacher_id_users_id_fk" FOREIGN KEY ("teacher_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_section_id_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."sections"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_plan_line_id_individual_plan_lines_id_fk" FOREIGN KEY ("plan_line_id") REFERENCES "public"."individual_plan_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_discipline_id_disciplines_id_fk" FOREIGN KEY ("discipline_id") REFERENCES "public"."disciplines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tuition_prices" ADD CONSTRAINT "tuition_prices_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tuition_prices" ADD CONSTRAINT "tuition_prices_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "enrolments_one_per_kind_uq" ON "enrolments" USING btree ("student_id","offering_id","kind") WHERE "enrolments"."status" = 'enrolled';--> statement-breakpoint
CREATE INDEX "enrolments_section_idx" ON "enrolments" USING btree ("section_id","status");--> statement-breakpoint
CREATE INDEX "enrolments_student_idx" ON "enrolments" USING btree ("student_id","status");--> statement-breakpoint
CREATE INDEX "enrolments_plan_line_idx" ON "enrolments" USING btree ("plan_line_id");--> statement-breakpoint
CREATE UNIQUE INDEX "offerings_discipline_term_language_uq" ON "offerings" USING btree ("discipline_id","academic_year","term","language");--> statement-breakpoint
CREATE INDEX "offerings_term_idx" ON "offerings" USING btree ("academic_year","term");--> statement-breakpoint
CREATE UNIQUE INDEX "sections_offering_kind_number_uq" ON "sections" USING btree ("offering_id","kind","number");--> statement-breakpoint
CREATE INDEX "sections_teacher_idx" ON "sections" USING btree ("teacher_id");--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_one_per_section_uq" ON "waitlist_entries" USING btree ("section_id","student_id") WHERE "waitlist_entries"."status" in ('waiting', 'offered');--> statement-breakpoint
CREATE INDEX "waitlist_section_idx" ON "waitlist_entries" USING btree ("section_id","status","created_at");--> statement-breakpoint
CREATE INDEX "waitlist_student_idx" ON "waitlist_entries" USING btree ("student_id","status");--> statement-breakpoint
CREATE INDEX "payments_student_idx" ON "payments" USING btree ("student_id","academic_year","term");--> statement-breakpoint
CREATE UNIQUE INDEX "tuition_prices_uq" ON "tuition_prices" USING btree ("program_id","study_form","academic_year");--> statement-breakpoint
ALTER TABLE "individual_plans" ADD CONSTRAINT "individual_plans_dean_approved_by_users_id_fk" FOREIGN KEY ("dean_approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;