CREATE TABLE "study_plan_attestation" (
	"id" uuid PRIMARY KEY NOT NULL,
	"plan_id" uuid NOT NULL,
	"form" text NOT NULL,
	"credits" integer NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "study_plan_attestation" ADD CONSTRAINT "study_plan_attestation_plan_id_study_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."study_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "study_plan_attestation_plan_idx" ON "study_plan_attestation" USING btree ("plan_id");