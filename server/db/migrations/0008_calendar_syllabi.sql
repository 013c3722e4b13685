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
CREATE TABLE "academic_terms" (
	"id" uuid PRIMARY KEY NOT NULL,
	"year_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "academic_years" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"start_year" integer NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "academic_years_code_unique" UNIQUE("code"),
	CONSTRAINT "academic_years_start_year_unique" UNIQUE("start_year")
);
--> statement-breakpoint
CREATE TABLE "calendar_holidays" (
	"id" uuid PRIMARY KEY NOT NULL,
	"year_id" uuid NOT NULL,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"key" text,
	"name_ru" text NOT NULL,
	"name_ky" text NOT NULL,
	"name_en" text NOT NULL,
	"transferred_from" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "calendar_periods" (
	"id" uuid PRIMARY KEY NOT NULL,
	"year_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"term_kind" text,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"name_ru" text,
	"name_ky" text,
	"name_en" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "discipline_syllabi" ADD CONSTRAINT "discipline_syllabi_discipline_id_disciplines_id_fk" FOREIGN KEY ("discipline_id") REFERENCES "public"."disciplines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discipline_syllabi" ADD CONSTRAINT "discipline_syllabi_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discipline_syllabi" ADD CONSTRAINT "discipline_syllabi_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "academic_terms" ADD CONSTRAINT "academic_terms_year_id_academic_years_id_fk" FOREIGN KEY ("year_id") REFERENCES "public"."academic_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_holidays" ADD CONSTRAINT "calendar_holidays_year_id_academic_years_id_fk" FOREIGN KEY ("year_id") REFERENCES "public"."academic_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_periods" ADD CONSTRAINT "calendar_periods_year_id_academic_years_id_fk" FOREIGN KEY ("year_id") REFERENCES "public"."academic_years"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "discipline_syllabi_discipline_idx" ON "discipline_syllabi" USING btree ("discipline_id","start_year","uploaded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "academic_terms_year_kind_uq" ON "academic_terms" USING btree ("year_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "calendar_holidays_year_date_uq" ON "calendar_holidays" USING btree ("year_id","date");--> statement-breakpoint
CREATE INDEX "calendar_holidays_date_idx" ON "calendar_holidays" USING btree ("date");--> statement-breakpoint
CREATE INDEX "calendar_periods_year_idx" ON "calendar_periods" USING btree ("year_id","start_date");