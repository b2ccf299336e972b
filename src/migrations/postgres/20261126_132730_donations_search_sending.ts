import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_pages_blocks_donate_banner_frequency" AS ENUM('one-off', 'monthly');
  CREATE TYPE "public"."enum__pages_v_blocks_donate_banner_frequency" AS ENUM('one-off', 'monthly');
  CREATE TYPE "public"."enum_news_blocks_donate_banner_frequency" AS ENUM('one-off', 'monthly');
  CREATE TYPE "public"."enum__news_v_blocks_donate_banner_frequency" AS ENUM('one-off', 'monthly');
  CREATE TYPE "public"."enum_campaigns_blocks_donate_banner_frequency" AS ENUM('one-off', 'monthly');
  CREATE TYPE "public"."enum__campaigns_v_blocks_donate_banner_frequency" AS ENUM('one-off', 'monthly');
  CREATE TYPE "public"."enum_donations_frequency" AS ENUM('one-off', 'monthly');
  CREATE TYPE "public"."enum_donations_status" AS ENUM('pending', 'processing', 'paid', 'failed', 'refunded');
  CREATE TYPE "public"."enum_donations_locale" AS ENUM('en', 'vi', 'lt', 'ro', 'sq', 'pl', 'ar');
  CREATE TYPE "public"."enum_regular_gifts_status" AS ENUM('pending', 'active', 'cancelled');
  CREATE TYPE "public"."enum_regular_gifts_locale" AS ENUM('en', 'vi', 'lt', 'ro', 'sq', 'pl', 'ar');
  CREATE TYPE "public"."enum_gift_aid_declarations_scope" AS ENUM('single', 'enduring');
  CREATE TYPE "public"."enum_gift_aid_claims_status" AS ENUM('prepared', 'claimed');
  CREATE TYPE "public"."enum_updates_language" AS ENUM('en', 'vi', 'lt', 'ro', 'sq', 'pl', 'ar');
  CREATE TYPE "public"."enum_updates_audience" AS ENUM('topics', 'everyone');
  CREATE TYPE "public"."enum_updates_status" AS ENUM('draft', 'scheduled', 'sending', 'sent');
  CREATE TYPE "public"."enum_update_deliveries_status" AS ENUM('queued', 'sent', 'failed', 'bounced', 'skipped');
  CREATE TYPE "public"."enum_update_deliveries_delivered_via" AS ENUM('smtp', 'outbox');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deleteUnconfirmedSignatures' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deleteAbandonedGifts' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendUpdate' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'dispatchUpdates' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deleteUnconfirmedSignatures' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deleteAbandonedGifts' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendUpdate' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'dispatchUpdates' BEFORE 'schedulePublish';
  CREATE TABLE "pages_blocks_donate_banner_amounts" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"pounds" numeric
  );
  
  CREATE TABLE "pages_blocks_donate_banner" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"frequency" "enum_pages_blocks_donate_banner_frequency" DEFAULT 'one-off',
  	"appeal" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_donate_banner_amounts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"pounds" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_donate_banner" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"frequency" "enum__pages_v_blocks_donate_banner_frequency" DEFAULT 'one-off',
  	"appeal" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "news_blocks_donate_banner_amounts" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"pounds" numeric
  );
  
  CREATE TABLE "news_blocks_donate_banner" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"frequency" "enum_news_blocks_donate_banner_frequency" DEFAULT 'one-off',
  	"appeal" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_news_v_blocks_donate_banner_amounts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"pounds" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_news_v_blocks_donate_banner" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"frequency" "enum__news_v_blocks_donate_banner_frequency" DEFAULT 'one-off',
  	"appeal" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_donate_banner_amounts" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"pounds" numeric
  );
  
  CREATE TABLE "campaigns_blocks_donate_banner" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"frequency" "enum_campaigns_blocks_donate_banner_frequency" DEFAULT 'one-off',
  	"appeal" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_donate_banner_amounts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"pounds" numeric,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_donate_banner" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"frequency" "enum__campaigns_v_blocks_donate_banner_frequency" DEFAULT 'one-off',
  	"appeal" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "donations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"amount_pence" numeric NOT NULL,
  	"currency" varchar DEFAULT 'gbp' NOT NULL,
  	"frequency" "enum_donations_frequency" NOT NULL,
  	"status" "enum_donations_status" DEFAULT 'pending' NOT NULL,
  	"paid_at" timestamp(3) with time zone,
  	"first_name" varchar NOT NULL,
  	"last_name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"locale" "enum_donations_locale" NOT NULL,
  	"campaign_id" integer,
  	"appeal" varchar,
  	"gift_aid_id" integer,
  	"regular_gift_id" integer,
  	"checkout_session_id" varchar,
  	"invoice_id" varchar,
  	"payment_intent_id" varchar,
  	"refunded_pence" numeric DEFAULT 0,
  	"refunded_at" timestamp(3) with time zone,
  	"claim_adjustment" varchar,
  	"gift_aid_claim_id" integer,
  	"return_token_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "regular_gifts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"amount_pence" numeric NOT NULL,
  	"status" "enum_regular_gifts_status" DEFAULT 'pending' NOT NULL,
  	"started_at" timestamp(3) with time zone,
  	"cancelled_at" timestamp(3) with time zone,
  	"first_name" varchar NOT NULL,
  	"last_name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"locale" "enum_regular_gifts_locale" NOT NULL,
  	"campaign_id" integer,
  	"appeal" varchar,
  	"gift_aid_id" integer,
  	"checkout_session_id" varchar,
  	"subscription_id" varchar,
  	"customer_id" varchar,
  	"manage_key" varchar,
  	"manage_token_hash" varchar,
  	"return_token_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "gift_aid_declarations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"first_name" varchar NOT NULL,
  	"last_name" varchar NOT NULL,
  	"house_name_or_number" varchar NOT NULL,
  	"postcode" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"scope" "enum_gift_aid_declarations_scope" NOT NULL,
  	"declared_at" timestamp(3) with time zone NOT NULL,
  	"wording_version" varchar NOT NULL,
  	"wording" varchar NOT NULL,
  	"locale" varchar NOT NULL,
  	"cancelled_at" timestamp(3) with time zone,
  	"cancellation_note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "gift_aid_claims" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"status" "enum_gift_aid_claims_status" DEFAULT 'prepared' NOT NULL,
  	"reference" varchar,
  	"claimed_at" timestamp(3) with time zone,
  	"donation_count" numeric DEFAULT 0,
  	"total_pence" numeric DEFAULT 0,
  	"gift_aid_pence" numeric DEFAULT 0,
  	"downloaded_at" timestamp(3) with time zone,
  	"schedule" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "stripe_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_id" varchar NOT NULL,
  	"type" varchar NOT NULL,
  	"object_id" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payment_alerts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"summary" varchar NOT NULL,
  	"attempts" numeric NOT NULL,
  	"window_minutes" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "updates" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"subject" varchar,
  	"preheader" varchar,
  	"body" jsonb,
  	"language" "enum_updates_language" DEFAULT 'en' NOT NULL,
  	"audience" "enum_updates_audience" DEFAULT 'topics' NOT NULL,
  	"status" "enum_updates_status" DEFAULT 'draft' NOT NULL,
  	"scheduled_at" timestamp(3) with time zone,
  	"notice" varchar,
  	"slug" varchar,
  	"send_started_at" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"sent_by_id" integer,
  	"results_recipients" numeric,
  	"results_sent" numeric,
  	"results_failed" numeric,
  	"results_bounced" numeric,
  	"results_skipped" numeric,
  	"lease_holder" varchar,
  	"lease_until" timestamp(3) with time zone,
  	"recipients_cursor" numeric,
  	"recipients_resolved" boolean,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "updates_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "update_deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"update_id" integer NOT NULL,
  	"supporter_id" integer NOT NULL,
  	"key" varchar NOT NULL,
  	"status" "enum_update_deliveries_status" DEFAULT 'queued' NOT NULL,
  	"attempts" numeric DEFAULT 0,
  	"next_attempt_at" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"delivered_via" "enum_update_deliveries_delivered_via",
  	"message_id" varchar,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_donations_one_off_amounts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"pounds" numeric NOT NULL
  );
  
  CREATE TABLE "site_settings_donations_one_off_amounts_locales" (
  	"impact" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_donations_monthly_amounts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"pounds" numeric NOT NULL
  );
  
  CREATE TABLE "site_settings_donations_monthly_amounts_locales" (
  	"impact" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  ALTER TABLE "media" ADD COLUMN "licence_reminder_sent_for" timestamp(3) with time zone;
  ALTER TABLE "supporters" ADD COLUMN "bouncing" boolean DEFAULT false;
  ALTER TABLE "supporters" ADD COLUMN "bounced_at" timestamp(3) with time zone;
  ALTER TABLE "supporters" ADD COLUMN "bounce_reason" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "donations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "regular_gifts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "gift_aid_declarations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "gift_aid_claims_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "stripe_events_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "payment_alerts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "updates_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "update_deliveries_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "donations_minimum_pounds" numeric DEFAULT 2;
  ALTER TABLE "site_settings" ADD COLUMN "donations_maximum_pounds" numeric DEFAULT 10000;
  ALTER TABLE "pages_blocks_donate_banner_amounts" ADD CONSTRAINT "pages_blocks_donate_banner_amounts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages_blocks_donate_banner"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_donate_banner" ADD CONSTRAINT "pages_blocks_donate_banner_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_donate_banner_amounts" ADD CONSTRAINT "_pages_v_blocks_donate_banner_amounts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v_blocks_donate_banner"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_donate_banner" ADD CONSTRAINT "_pages_v_blocks_donate_banner_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_blocks_donate_banner_amounts" ADD CONSTRAINT "news_blocks_donate_banner_amounts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."news_blocks_donate_banner"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_blocks_donate_banner" ADD CONSTRAINT "news_blocks_donate_banner_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_blocks_donate_banner_amounts" ADD CONSTRAINT "_news_v_blocks_donate_banner_amounts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_news_v_blocks_donate_banner"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_blocks_donate_banner" ADD CONSTRAINT "_news_v_blocks_donate_banner_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_donate_banner_amounts" ADD CONSTRAINT "campaigns_blocks_donate_banner_amounts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_blocks_donate_banner"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_donate_banner" ADD CONSTRAINT "campaigns_blocks_donate_banner_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_donate_banner_amounts" ADD CONSTRAINT "_campaigns_v_blocks_donate_banner_amounts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_blocks_donate_banner"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_donate_banner" ADD CONSTRAINT "_campaigns_v_blocks_donate_banner_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "donations" ADD CONSTRAINT "donations_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "donations" ADD CONSTRAINT "donations_gift_aid_id_gift_aid_declarations_id_fk" FOREIGN KEY ("gift_aid_id") REFERENCES "public"."gift_aid_declarations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "donations" ADD CONSTRAINT "donations_regular_gift_id_regular_gifts_id_fk" FOREIGN KEY ("regular_gift_id") REFERENCES "public"."regular_gifts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "donations" ADD CONSTRAINT "donations_gift_aid_claim_id_gift_aid_claims_id_fk" FOREIGN KEY ("gift_aid_claim_id") REFERENCES "public"."gift_aid_claims"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "regular_gifts" ADD CONSTRAINT "regular_gifts_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "regular_gifts" ADD CONSTRAINT "regular_gifts_gift_aid_id_gift_aid_declarations_id_fk" FOREIGN KEY ("gift_aid_id") REFERENCES "public"."gift_aid_declarations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "updates" ADD CONSTRAINT "updates_sent_by_id_users_id_fk" FOREIGN KEY ("sent_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "updates_texts" ADD CONSTRAINT "updates_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."updates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "update_deliveries" ADD CONSTRAINT "update_deliveries_update_id_updates_id_fk" FOREIGN KEY ("update_id") REFERENCES "public"."updates"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "update_deliveries" ADD CONSTRAINT "update_deliveries_supporter_id_supporters_id_fk" FOREIGN KEY ("supporter_id") REFERENCES "public"."supporters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings_donations_one_off_amounts" ADD CONSTRAINT "site_settings_donations_one_off_amounts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_donations_one_off_amounts_locales" ADD CONSTRAINT "site_settings_donations_one_off_amounts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings_donations_one_off_amounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_donations_monthly_amounts" ADD CONSTRAINT "site_settings_donations_monthly_amounts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_donations_monthly_amounts_locales" ADD CONSTRAINT "site_settings_donations_monthly_amounts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings_donations_monthly_amounts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_blocks_donate_banner_amounts_order_idx" ON "pages_blocks_donate_banner_amounts" USING btree ("_order");
  CREATE INDEX "pages_blocks_donate_banner_amounts_parent_id_idx" ON "pages_blocks_donate_banner_amounts" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_donate_banner_amounts_locale_idx" ON "pages_blocks_donate_banner_amounts" USING btree ("_locale");
  CREATE INDEX "pages_blocks_donate_banner_order_idx" ON "pages_blocks_donate_banner" USING btree ("_order");
  CREATE INDEX "pages_blocks_donate_banner_parent_id_idx" ON "pages_blocks_donate_banner" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_donate_banner_path_idx" ON "pages_blocks_donate_banner" USING btree ("_path");
  CREATE INDEX "pages_blocks_donate_banner_locale_idx" ON "pages_blocks_donate_banner" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_donate_banner_amounts_order_idx" ON "_pages_v_blocks_donate_banner_amounts" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_donate_banner_amounts_parent_id_idx" ON "_pages_v_blocks_donate_banner_amounts" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_donate_banner_amounts_locale_idx" ON "_pages_v_blocks_donate_banner_amounts" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_donate_banner_order_idx" ON "_pages_v_blocks_donate_banner" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_donate_banner_parent_id_idx" ON "_pages_v_blocks_donate_banner" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_donate_banner_path_idx" ON "_pages_v_blocks_donate_banner" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_donate_banner_locale_idx" ON "_pages_v_blocks_donate_banner" USING btree ("_locale");
  CREATE INDEX "news_blocks_donate_banner_amounts_order_idx" ON "news_blocks_donate_banner_amounts" USING btree ("_order");
  CREATE INDEX "news_blocks_donate_banner_amounts_parent_id_idx" ON "news_blocks_donate_banner_amounts" USING btree ("_parent_id");
  CREATE INDEX "news_blocks_donate_banner_amounts_locale_idx" ON "news_blocks_donate_banner_amounts" USING btree ("_locale");
  CREATE INDEX "news_blocks_donate_banner_order_idx" ON "news_blocks_donate_banner" USING btree ("_order");
  CREATE INDEX "news_blocks_donate_banner_parent_id_idx" ON "news_blocks_donate_banner" USING btree ("_parent_id");
  CREATE INDEX "news_blocks_donate_banner_path_idx" ON "news_blocks_donate_banner" USING btree ("_path");
  CREATE INDEX "news_blocks_donate_banner_locale_idx" ON "news_blocks_donate_banner" USING btree ("_locale");
  CREATE INDEX "_news_v_blocks_donate_banner_amounts_order_idx" ON "_news_v_blocks_donate_banner_amounts" USING btree ("_order");
  CREATE INDEX "_news_v_blocks_donate_banner_amounts_parent_id_idx" ON "_news_v_blocks_donate_banner_amounts" USING btree ("_parent_id");
  CREATE INDEX "_news_v_blocks_donate_banner_amounts_locale_idx" ON "_news_v_blocks_donate_banner_amounts" USING btree ("_locale");
  CREATE INDEX "_news_v_blocks_donate_banner_order_idx" ON "_news_v_blocks_donate_banner" USING btree ("_order");
  CREATE INDEX "_news_v_blocks_donate_banner_parent_id_idx" ON "_news_v_blocks_donate_banner" USING btree ("_parent_id");
  CREATE INDEX "_news_v_blocks_donate_banner_path_idx" ON "_news_v_blocks_donate_banner" USING btree ("_path");
  CREATE INDEX "_news_v_blocks_donate_banner_locale_idx" ON "_news_v_blocks_donate_banner" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_donate_banner_amounts_order_idx" ON "campaigns_blocks_donate_banner_amounts" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_donate_banner_amounts_parent_id_idx" ON "campaigns_blocks_donate_banner_amounts" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_donate_banner_amounts_locale_idx" ON "campaigns_blocks_donate_banner_amounts" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_donate_banner_order_idx" ON "campaigns_blocks_donate_banner" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_donate_banner_parent_id_idx" ON "campaigns_blocks_donate_banner" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_donate_banner_path_idx" ON "campaigns_blocks_donate_banner" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_donate_banner_locale_idx" ON "campaigns_blocks_donate_banner" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_donate_banner_amounts_order_idx" ON "_campaigns_v_blocks_donate_banner_amounts" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_donate_banner_amounts_parent_id_idx" ON "_campaigns_v_blocks_donate_banner_amounts" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_donate_banner_amounts_locale_idx" ON "_campaigns_v_blocks_donate_banner_amounts" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_donate_banner_order_idx" ON "_campaigns_v_blocks_donate_banner" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_donate_banner_parent_id_idx" ON "_campaigns_v_blocks_donate_banner" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_donate_banner_path_idx" ON "_campaigns_v_blocks_donate_banner" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_donate_banner_locale_idx" ON "_campaigns_v_blocks_donate_banner" USING btree ("_locale");
  CREATE INDEX "donations_status_idx" ON "donations" USING btree ("status");
  CREATE INDEX "donations_paid_at_idx" ON "donations" USING btree ("paid_at");
  CREATE INDEX "donations_email_idx" ON "donations" USING btree ("email");
  CREATE INDEX "donations_campaign_idx" ON "donations" USING btree ("campaign_id");
  CREATE INDEX "donations_appeal_idx" ON "donations" USING btree ("appeal");
  CREATE INDEX "donations_gift_aid_idx" ON "donations" USING btree ("gift_aid_id");
  CREATE INDEX "donations_regular_gift_idx" ON "donations" USING btree ("regular_gift_id");
  CREATE UNIQUE INDEX "donations_checkout_session_id_idx" ON "donations" USING btree ("checkout_session_id");
  CREATE UNIQUE INDEX "donations_invoice_id_idx" ON "donations" USING btree ("invoice_id");
  CREATE INDEX "donations_payment_intent_id_idx" ON "donations" USING btree ("payment_intent_id");
  CREATE INDEX "donations_gift_aid_claim_idx" ON "donations" USING btree ("gift_aid_claim_id");
  CREATE INDEX "donations_return_token_hash_idx" ON "donations" USING btree ("return_token_hash");
  CREATE INDEX "donations_updated_at_idx" ON "donations" USING btree ("updated_at");
  CREATE INDEX "donations_created_at_idx" ON "donations" USING btree ("created_at");
  CREATE INDEX "regular_gifts_status_idx" ON "regular_gifts" USING btree ("status");
  CREATE INDEX "regular_gifts_email_idx" ON "regular_gifts" USING btree ("email");
  CREATE INDEX "regular_gifts_campaign_idx" ON "regular_gifts" USING btree ("campaign_id");
  CREATE INDEX "regular_gifts_appeal_idx" ON "regular_gifts" USING btree ("appeal");
  CREATE INDEX "regular_gifts_gift_aid_idx" ON "regular_gifts" USING btree ("gift_aid_id");
  CREATE UNIQUE INDEX "regular_gifts_checkout_session_id_idx" ON "regular_gifts" USING btree ("checkout_session_id");
  CREATE UNIQUE INDEX "regular_gifts_subscription_id_idx" ON "regular_gifts" USING btree ("subscription_id");
  CREATE UNIQUE INDEX "regular_gifts_manage_key_idx" ON "regular_gifts" USING btree ("manage_key");
  CREATE INDEX "regular_gifts_manage_token_hash_idx" ON "regular_gifts" USING btree ("manage_token_hash");
  CREATE INDEX "regular_gifts_return_token_hash_idx" ON "regular_gifts" USING btree ("return_token_hash");
  CREATE INDEX "regular_gifts_updated_at_idx" ON "regular_gifts" USING btree ("updated_at");
  CREATE INDEX "regular_gifts_created_at_idx" ON "regular_gifts" USING btree ("created_at");
  CREATE INDEX "gift_aid_declarations_email_idx" ON "gift_aid_declarations" USING btree ("email");
  CREATE INDEX "gift_aid_declarations_declared_at_idx" ON "gift_aid_declarations" USING btree ("declared_at");
  CREATE INDEX "gift_aid_declarations_cancelled_at_idx" ON "gift_aid_declarations" USING btree ("cancelled_at");
  CREATE INDEX "gift_aid_declarations_updated_at_idx" ON "gift_aid_declarations" USING btree ("updated_at");
  CREATE INDEX "gift_aid_declarations_created_at_idx" ON "gift_aid_declarations" USING btree ("created_at");
  CREATE UNIQUE INDEX "gift_aid_claims_reference_idx" ON "gift_aid_claims" USING btree ("reference");
  CREATE INDEX "gift_aid_claims_updated_at_idx" ON "gift_aid_claims" USING btree ("updated_at");
  CREATE INDEX "gift_aid_claims_created_at_idx" ON "gift_aid_claims" USING btree ("created_at");
  CREATE UNIQUE INDEX "stripe_events_event_id_idx" ON "stripe_events" USING btree ("event_id");
  CREATE INDEX "stripe_events_type_idx" ON "stripe_events" USING btree ("type");
  CREATE INDEX "stripe_events_object_id_idx" ON "stripe_events" USING btree ("object_id");
  CREATE INDEX "stripe_events_updated_at_idx" ON "stripe_events" USING btree ("updated_at");
  CREATE INDEX "stripe_events_created_at_idx" ON "stripe_events" USING btree ("created_at");
  CREATE INDEX "payment_alerts_updated_at_idx" ON "payment_alerts" USING btree ("updated_at");
  CREATE INDEX "payment_alerts_created_at_idx" ON "payment_alerts" USING btree ("created_at");
  CREATE INDEX "updates_status_idx" ON "updates" USING btree ("status");
  CREATE INDEX "updates_scheduled_at_idx" ON "updates" USING btree ("scheduled_at");
  CREATE UNIQUE INDEX "updates_slug_idx" ON "updates" USING btree ("slug");
  CREATE INDEX "updates_sent_at_idx" ON "updates" USING btree ("sent_at");
  CREATE INDEX "updates_sent_by_idx" ON "updates" USING btree ("sent_by_id");
  CREATE INDEX "updates_updated_at_idx" ON "updates" USING btree ("updated_at");
  CREATE INDEX "updates_created_at_idx" ON "updates" USING btree ("created_at");
  CREATE INDEX "updates_texts_order_parent" ON "updates_texts" USING btree ("order","parent_id");
  CREATE INDEX "update_deliveries_update_idx" ON "update_deliveries" USING btree ("update_id");
  CREATE INDEX "update_deliveries_supporter_idx" ON "update_deliveries" USING btree ("supporter_id");
  CREATE UNIQUE INDEX "update_deliveries_key_idx" ON "update_deliveries" USING btree ("key");
  CREATE INDEX "update_deliveries_updated_at_idx" ON "update_deliveries" USING btree ("updated_at");
  CREATE INDEX "update_deliveries_created_at_idx" ON "update_deliveries" USING btree ("created_at");
  CREATE INDEX "update_status_idx" ON "update_deliveries" USING btree ("update_id","status");
  CREATE INDEX "site_settings_donations_one_off_amounts_order_idx" ON "site_settings_donations_one_off_amounts" USING btree ("_order");
  CREATE INDEX "site_settings_donations_one_off_amounts_parent_id_idx" ON "site_settings_donations_one_off_amounts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "site_settings_donations_one_off_amounts_locales_locale_paren" ON "site_settings_donations_one_off_amounts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "site_settings_donations_monthly_amounts_order_idx" ON "site_settings_donations_monthly_amounts" USING btree ("_order");
  CREATE INDEX "site_settings_donations_monthly_amounts_parent_id_idx" ON "site_settings_donations_monthly_amounts" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "site_settings_donations_monthly_amounts_locales_locale_paren" ON "site_settings_donations_monthly_amounts_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_donations_fk" FOREIGN KEY ("donations_id") REFERENCES "public"."donations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_regular_gifts_fk" FOREIGN KEY ("regular_gifts_id") REFERENCES "public"."regular_gifts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_gift_aid_declarations_fk" FOREIGN KEY ("gift_aid_declarations_id") REFERENCES "public"."gift_aid_declarations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_gift_aid_claims_fk" FOREIGN KEY ("gift_aid_claims_id") REFERENCES "public"."gift_aid_claims"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stripe_events_fk" FOREIGN KEY ("stripe_events_id") REFERENCES "public"."stripe_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_payment_alerts_fk" FOREIGN KEY ("payment_alerts_id") REFERENCES "public"."payment_alerts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_updates_fk" FOREIGN KEY ("updates_id") REFERENCES "public"."updates"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_update_deliveries_fk" FOREIGN KEY ("update_deliveries_id") REFERENCES "public"."update_deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "media_licence_expires_on_idx" ON "media" USING btree ("licence_expires_on");
  CREATE INDEX "supporters_bouncing_idx" ON "supporters" USING btree ("bouncing");
  CREATE INDEX "payload_locked_documents_rels_donations_id_idx" ON "payload_locked_documents_rels" USING btree ("donations_id");
  CREATE INDEX "payload_locked_documents_rels_regular_gifts_id_idx" ON "payload_locked_documents_rels" USING btree ("regular_gifts_id");
  CREATE INDEX "payload_locked_documents_rels_gift_aid_declarations_id_idx" ON "payload_locked_documents_rels" USING btree ("gift_aid_declarations_id");
  CREATE INDEX "payload_locked_documents_rels_gift_aid_claims_id_idx" ON "payload_locked_documents_rels" USING btree ("gift_aid_claims_id");
  CREATE INDEX "payload_locked_documents_rels_stripe_events_id_idx" ON "payload_locked_documents_rels" USING btree ("stripe_events_id");
  CREATE INDEX "payload_locked_documents_rels_payment_alerts_id_idx" ON "payload_locked_documents_rels" USING btree ("payment_alerts_id");
  CREATE INDEX "payload_locked_documents_rels_updates_id_idx" ON "payload_locked_documents_rels" USING btree ("updates_id");
  CREATE INDEX "payload_locked_documents_rels_update_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("update_deliveries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages_blocks_donate_banner_amounts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_donate_banner" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_donate_banner_amounts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_donate_banner" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news_blocks_donate_banner_amounts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news_blocks_donate_banner" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_news_v_blocks_donate_banner_amounts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_news_v_blocks_donate_banner" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_donate_banner_amounts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_donate_banner" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_donate_banner_amounts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_donate_banner" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "donations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "regular_gifts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "gift_aid_declarations" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "gift_aid_claims" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stripe_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payment_alerts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "updates" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "updates_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "update_deliveries" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_donations_one_off_amounts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_donations_one_off_amounts_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_donations_monthly_amounts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_donations_monthly_amounts_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "pages_blocks_donate_banner_amounts" CASCADE;
  DROP TABLE "pages_blocks_donate_banner" CASCADE;
  DROP TABLE "_pages_v_blocks_donate_banner_amounts" CASCADE;
  DROP TABLE "_pages_v_blocks_donate_banner" CASCADE;
  DROP TABLE "news_blocks_donate_banner_amounts" CASCADE;
  DROP TABLE "news_blocks_donate_banner" CASCADE;
  DROP TABLE "_news_v_blocks_donate_banner_amounts" CASCADE;
  DROP TABLE "_news_v_blocks_donate_banner" CASCADE;
  DROP TABLE "campaigns_blocks_donate_banner_amounts" CASCADE;
  DROP TABLE "campaigns_blocks_donate_banner" CASCADE;
  DROP TABLE "_campaigns_v_blocks_donate_banner_amounts" CASCADE;
  DROP TABLE "_campaigns_v_blocks_donate_banner" CASCADE;
  DROP TABLE "donations" CASCADE;
  DROP TABLE "regular_gifts" CASCADE;
  DROP TABLE "gift_aid_declarations" CASCADE;
  DROP TABLE "gift_aid_claims" CASCADE;
  DROP TABLE "stripe_events" CASCADE;
  DROP TABLE "payment_alerts" CASCADE;
  DROP TABLE "updates" CASCADE;
  DROP TABLE "updates_texts" CASCADE;
  DROP TABLE "update_deliveries" CASCADE;
  DROP TABLE "site_settings_donations_one_off_amounts" CASCADE;
  DROP TABLE "site_settings_donations_one_off_amounts_locales" CASCADE;
  DROP TABLE "site_settings_donations_monthly_amounts" CASCADE;
  DROP TABLE "site_settings_donations_monthly_amounts_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_donations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_regular_gifts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_gift_aid_declarations_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_gift_aid_claims_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_stripe_events_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_payment_alerts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_updates_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_update_deliveries_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendMail', 'deleteUnconfirmedSignUps', 'storyConsent', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendMail', 'deleteUnconfirmedSignUps', 'storyConsent', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "media_licence_expires_on_idx";
  DROP INDEX "supporters_bouncing_idx";
  DROP INDEX "payload_locked_documents_rels_donations_id_idx";
  DROP INDEX "payload_locked_documents_rels_regular_gifts_id_idx";
  DROP INDEX "payload_locked_documents_rels_gift_aid_declarations_id_idx";
  DROP INDEX "payload_locked_documents_rels_gift_aid_claims_id_idx";
  DROP INDEX "payload_locked_documents_rels_stripe_events_id_idx";
  DROP INDEX "payload_locked_documents_rels_payment_alerts_id_idx";
  DROP INDEX "payload_locked_documents_rels_updates_id_idx";
  DROP INDEX "payload_locked_documents_rels_update_deliveries_id_idx";
  ALTER TABLE "media" DROP COLUMN "licence_reminder_sent_for";
  ALTER TABLE "supporters" DROP COLUMN "bouncing";
  ALTER TABLE "supporters" DROP COLUMN "bounced_at";
  ALTER TABLE "supporters" DROP COLUMN "bounce_reason";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "donations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "regular_gifts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "gift_aid_declarations_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "gift_aid_claims_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "stripe_events_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "payment_alerts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "updates_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "update_deliveries_id";
  ALTER TABLE "site_settings" DROP COLUMN "donations_minimum_pounds";
  ALTER TABLE "site_settings" DROP COLUMN "donations_maximum_pounds";
  DROP TYPE "public"."enum_pages_blocks_donate_banner_frequency";
  DROP TYPE "public"."enum__pages_v_blocks_donate_banner_frequency";
  DROP TYPE "public"."enum_news_blocks_donate_banner_frequency";
  DROP TYPE "public"."enum__news_v_blocks_donate_banner_frequency";
  DROP TYPE "public"."enum_campaigns_blocks_donate_banner_frequency";
  DROP TYPE "public"."enum__campaigns_v_blocks_donate_banner_frequency";
  DROP TYPE "public"."enum_donations_frequency";
  DROP TYPE "public"."enum_donations_status";
  DROP TYPE "public"."enum_donations_locale";
  DROP TYPE "public"."enum_regular_gifts_status";
  DROP TYPE "public"."enum_regular_gifts_locale";
  DROP TYPE "public"."enum_gift_aid_declarations_scope";
  DROP TYPE "public"."enum_gift_aid_claims_status";
  DROP TYPE "public"."enum_updates_language";
  DROP TYPE "public"."enum_updates_audience";
  DROP TYPE "public"."enum_updates_status";
  DROP TYPE "public"."enum_update_deliveries_status";
  DROP TYPE "public"."enum_update_deliveries_delivered_via";`)
}
