CREATE TABLE "staff_appointments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"card_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"position_id" uuid NOT NULL,
	"rate" numeric(4, 2) NOT NULL,
	"employment" text NOT NULL,
	"status" text NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"order_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_cards" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"birth_date" date NOT NULL,
	"gender" text NOT NULL,
	"personal_number" text,
	"citizenship" text DEFAULT 'KG' NOT NULL,
	"degree" text DEFAULT 'none' NOT NULL,
	"degree_field" text,
	"title" text DEFAULT 'none' NOT NULL,
	"education_level" text NOT NULL,
	"education" text,
	"phone" text,
	"email" text,
	"address" text,
	"hired_first_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_order_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last_number" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "staff_orders" (
	"id" uuid PRIMARY KEY NOT NULL,
	"year" integer NOT NULL,
	"number" integer NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"card_id" uuid NOT NULL,
	"order_date" date NOT NULL,
	"effective_date" date NOT NULL,
	"basis" text NOT NULL,
	"params" jsonb NOT NULL,
	"author_id" uuid NOT NULL,
	"signed_by" uuid,
	"signed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_orders_year_number_uq" UNIQUE("year","number")
);
--> statement-breakpoint
CREATE TABLE "staff_positions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"name_ru" text NOT NULL,
	"name_ky" text NOT NULL,
	"name_en" text NOT NULL,
	"is_teaching" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_positions_code_unique" UNIQUE("code")
);
--> statement-breakpoint
ALTER TABLE "staff_appointments" ADD CONSTRAINT "staff_appointments_card_id_staff_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."staff_cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_appointments" ADD CONSTRAINT "staff_appointments_unit_id_org_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_appointments" ADD CONSTRAINT "staff_appointments_position_id_staff_positions_id_fk" FOREIGN KEY ("position_id") REFERENCES "public"."staff_positions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_appointments" ADD CONSTRAINT "staff_appointments_order_id_staff_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."staff_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_cards" ADD CONSTRAINT "staff_cards_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_orders" ADD CONSTRAINT "staff_orders_card_id_staff_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."staff_cards"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_orders" ADD CONSTRAINT "staff_orders_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "staff_orders" ADD CONSTRAINT "staff_orders_signed_by_users_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "staff_appointments_card_idx" ON "staff_appointments" USING btree ("card_id","valid_from");--> statement-breakpoint
CREATE INDEX "staff_appointments_unit_idx" ON "staff_appointments" USING btree ("unit_id","valid_from");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_appointments_open_uq" ON "staff_appointments" USING btree ("card_id","unit_id","position_id") WHERE "staff_appointments"."valid_to" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "staff_cards_user_uq" ON "staff_cards" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "staff_cards_personal_number_uq" ON "staff_cards" USING btree ("personal_number") WHERE "staff_cards"."personal_number" is not null;--> statement-breakpoint
CREATE INDEX "staff_orders_card_idx" ON "staff_orders" USING btree ("card_id","effective_date");--> statement-breakpoint
CREATE INDEX "staff_orders_status_idx" ON "staff_orders" USING btree ("status","order_date");