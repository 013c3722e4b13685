DROP INDEX "individual_plan_lines_discipline_uq";--> statement-breakpoint
ALTER TABLE "individual_plan_lines" ADD COLUMN "removed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "individual_plan_lines" ADD COLUMN "removed_by" uuid;--> statement-breakpoint
ALTER TABLE "individual_plans" ADD COLUMN "needs_dean_approval" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "individual_plan_lines" ADD CONSTRAINT "individual_plan_lines_removed_by_users_id_fk" FOREIGN KEY ("removed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "individual_plan_lines_discipline_uq" ON "individual_plan_lines" USING btree ("plan_id","discipline_id") WHERE "individual_plan_lines"."discipline_id" is not null and "individual_plan_lines"."removed_at" is null;