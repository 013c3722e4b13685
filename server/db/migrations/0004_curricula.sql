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
ALTER TABLE "discipline_prerequisites" ADD CONSTRAINT "discipline_prerequisites_discipline_id_disciplines_id_fk" FOREIGN KEY ("discipline_id") REFERENCES "public"."disciplines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discipline_prerequisites" ADD CONSTRAINT "discipline_prerequisites_prerequisite_id_disciplines_id_fk" FOREIGN KEY ("prerequisite_id") REFERENCES "public"."disciplines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disciplines" ADD CONSTRAINT "disciplines_department_id_org_units_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "discipline_prerequisites_prerequisite_idx" ON "discipline_prerequisites" USING btree ("prerequisite_id");--> statement-breakpoint
CREATE INDEX "disciplines_department_idx" ON "disciplines" USING btree ("department_id");