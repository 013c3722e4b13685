CREATE TABLE "holds" (
	"id" uuid PRIMARY KEY NOT NULL,
	"student_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"since" date NOT NULL,
	"until" date,
	"set_by" uuid NOT NULL,
	"set_at" timestamp with time zone NOT NULL,
	"lifted_by" uuid,
	"lifted_at" timestamp with time zone,
	"lifted_on" date,
	"lift_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "holds_period_ck" CHECK ("holds"."until" is null or "holds"."until" >= "holds"."since"),
	CONSTRAINT "holds_lift_ck" CHECK (("holds"."lifted_at" is null) = ("holds"."lifted_by" is null) and ("holds"."lifted_at" is null) = ("holds"."lifted_on" is null))
);
--> statement-breakpoint
CREATE TABLE "final_results" (
	"id" uuid PRIMARY KEY NOT NULL,
	"student_id" uuid NOT NULL,
	"discipline_id" uuid NOT NULL,
	"academic_year" text NOT NULL,
	"term" text NOT NULL,
	"points" integer,
	"letter" text NOT NULL,
	"grade_point" numeric(3, 2),
	"attempt" integer NOT NULL,
	"source" text NOT NULL,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "final_results_points_ck" CHECK ("final_results"."points" is null or "final_results"."points" between 0 and 100),
	CONSTRAINT "final_results_attempt_ck" CHECK ("final_results"."attempt" >= 1)
);
--> statement-breakpoint
ALTER TABLE "holds" ADD CONSTRAINT "holds_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "holds" ADD CONSTRAINT "holds_set_by_users_id_fk" FOREIGN KEY ("set_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "holds" ADD CONSTRAINT "holds_lifted_by_users_id_fk" FOREIGN KEY ("lifted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "final_results" ADD CONSTRAINT "final_results_student_id_students_id_fk" FOREIGN KEY ("student_id") REFERENCES "public"."students"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "final_results" ADD CONSTRAINT "final_results_discipline_id_disciplines_id_fk" FOREIGN KEY ("discipline_id") REFERENCES "public"."disciplines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "final_results" ADD CONSTRAINT "final_results_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "holds_student_idx" ON "holds" USING btree ("student_id","since");--> statement-breakpoint
CREATE UNIQUE INDEX "final_results_attempt_uq" ON "final_results" USING btree ("student_id","discipline_id","attempt");--> statement-breakpoint
CREATE INDEX "final_results_discipline_idx" ON "final_results" USING btree ("discipline_id");