import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_mail_outbox_status" AS ENUM('queued', 'sent', 'failed');
  CREATE TYPE "public"."enum_mail_outbox_delivered_via" AS ENUM('smtp', 'outbox');
  CREATE TYPE "public"."enum_supporters_locale" AS ENUM('en', 'vi', 'lt', 'ro', 'sq', 'pl', 'ar');
  CREATE TYPE "public"."enum_supporters_status" AS ENUM('pending', 'subscribed', 'unsubscribed', 'erased');
  CREATE TYPE "public"."enum_consents_kind" AS ENUM('signup', 'confirmation', 'preferences', 'withdrawal', 'resubscription', 'erasure', 'expiry');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendMail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'deleteUnconfirmedSignUps' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendMail' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'deleteUnconfirmedSignUps' BEFORE 'schedulePublish';
  CREATE TABLE "pages_blocks_helplines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_signs_of_exploitation" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "pages_blocks_sign_up_form" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_helplines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_signs_of_exploitation" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_sign_up_form" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "news_blocks_helplines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "news_blocks_signs_of_exploitation" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "news_blocks_sign_up_form" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_news_v_blocks_helplines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_news_v_blocks_signs_of_exploitation" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_news_v_blocks_sign_up_form" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "page_views" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" varchar NOT NULL,
  	"path" varchar NOT NULL,
  	"referrer" varchar NOT NULL,
  	"views" numeric NOT NULL
  );
  
  CREATE TABLE "mail_outbox" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"to" varchar NOT NULL,
  	"category" varchar NOT NULL,
  	"locale" varchar NOT NULL,
  	"subject" varchar NOT NULL,
  	"status" "enum_mail_outbox_status" DEFAULT 'queued' NOT NULL,
  	"delivered_via" "enum_mail_outbox_delivered_via",
  	"attempts" numeric DEFAULT 0 NOT NULL,
  	"sent_at" timestamp(3) with time zone,
  	"text" varchar NOT NULL,
  	"html" varchar NOT NULL,
  	"idempotency_key" varchar NOT NULL,
  	"unsubscribe_url" varchar,
  	"message_id" varchar,
  	"last_error" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "supporters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"email" varchar,
  	"email_key" varchar,
  	"first_name" varchar,
  	"locale" "enum_supporters_locale" NOT NULL,
  	"status" "enum_supporters_status" DEFAULT 'pending' NOT NULL,
  	"interests" jsonb,
  	"confirmed_at" timestamp(3) with time zone,
  	"unsubscribed_at" timestamp(3) with time zone,
  	"erased_at" timestamp(3) with time zone,
  	"confirm_token_hash" varchar,
  	"confirm_token_expires_at" timestamp(3) with time zone,
  	"manage_key" varchar,
  	"manage_token_hash" varchar,
  	"suppression_hash" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "consents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kind" "enum_consents_kind" NOT NULL,
  	"supporter_id" integer,
  	"wording_version" numeric,
  	"form" varchar,
  	"page_path" varchar,
  	"locale" varchar,
  	"interests" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "site_settings_helplines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"country" varchar NOT NULL,
  	"number" varchar NOT NULL,
  	"emergency_number" varchar NOT NULL,
  	"website" varchar
  );
  
  CREATE TABLE "site_settings_helplines_locales" (
  	"country_name" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"hours" varchar NOT NULL,
  	"languages" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "site_settings_interests" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "site_settings_interests_locales" (
  	"label" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "consent_wording" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "consent_wording_locales" (
  	"text" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_consent_wording_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_consent_wording_v_locales" (
  	"version_text" varchar NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "payload_jobs_stats" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"stats" jsonb,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "payload_jobs" ADD COLUMN "meta" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "page_views_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "mail_outbox_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "supporters_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "consents_id" integer;
  ALTER TABLE "site_settings" ADD COLUMN "safety_quick_exit_url" varchar DEFAULT 'https://www.bbc.co.uk/weather' NOT NULL;
  ALTER TABLE "site_settings" ADD COLUMN "safety_quick_exit_on_every_page" boolean DEFAULT false;
  ALTER TABLE "site_settings" ADD COLUMN "safety_neutral_titles" boolean DEFAULT false;
  ALTER TABLE "site_settings" ADD COLUMN "old_news_after_years" numeric DEFAULT 2;
  ALTER TABLE "pages_blocks_helplines" ADD CONSTRAINT "pages_blocks_helplines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_signs_of_exploitation" ADD CONSTRAINT "pages_blocks_signs_of_exploitation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pages_blocks_sign_up_form" ADD CONSTRAINT "pages_blocks_sign_up_form_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_helplines" ADD CONSTRAINT "_pages_v_blocks_helplines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_signs_of_exploitation" ADD CONSTRAINT "_pages_v_blocks_signs_of_exploitation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_sign_up_form" ADD CONSTRAINT "_pages_v_blocks_sign_up_form_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_blocks_helplines" ADD CONSTRAINT "news_blocks_helplines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_blocks_signs_of_exploitation" ADD CONSTRAINT "news_blocks_signs_of_exploitation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_blocks_sign_up_form" ADD CONSTRAINT "news_blocks_sign_up_form_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_blocks_helplines" ADD CONSTRAINT "_news_v_blocks_helplines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_blocks_signs_of_exploitation" ADD CONSTRAINT "_news_v_blocks_signs_of_exploitation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_blocks_sign_up_form" ADD CONSTRAINT "_news_v_blocks_sign_up_form_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consents" ADD CONSTRAINT "consents_supporter_id_supporters_id_fk" FOREIGN KEY ("supporter_id") REFERENCES "public"."supporters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings_helplines" ADD CONSTRAINT "site_settings_helplines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_helplines_locales" ADD CONSTRAINT "site_settings_helplines_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings_helplines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_interests" ADD CONSTRAINT "site_settings_interests_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "site_settings_interests_locales" ADD CONSTRAINT "site_settings_interests_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings_interests"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "consent_wording_locales" ADD CONSTRAINT "consent_wording_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."consent_wording"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_consent_wording_v_locales" ADD CONSTRAINT "_consent_wording_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_consent_wording_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "pages_blocks_helplines_order_idx" ON "pages_blocks_helplines" USING btree ("_order");
  CREATE INDEX "pages_blocks_helplines_parent_id_idx" ON "pages_blocks_helplines" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_helplines_path_idx" ON "pages_blocks_helplines" USING btree ("_path");
  CREATE INDEX "pages_blocks_helplines_locale_idx" ON "pages_blocks_helplines" USING btree ("_locale");
  CREATE INDEX "pages_blocks_signs_of_exploitation_order_idx" ON "pages_blocks_signs_of_exploitation" USING btree ("_order");
  CREATE INDEX "pages_blocks_signs_of_exploitation_parent_id_idx" ON "pages_blocks_signs_of_exploitation" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_signs_of_exploitation_path_idx" ON "pages_blocks_signs_of_exploitation" USING btree ("_path");
  CREATE INDEX "pages_blocks_signs_of_exploitation_locale_idx" ON "pages_blocks_signs_of_exploitation" USING btree ("_locale");
  CREATE INDEX "pages_blocks_sign_up_form_order_idx" ON "pages_blocks_sign_up_form" USING btree ("_order");
  CREATE INDEX "pages_blocks_sign_up_form_parent_id_idx" ON "pages_blocks_sign_up_form" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_sign_up_form_path_idx" ON "pages_blocks_sign_up_form" USING btree ("_path");
  CREATE INDEX "pages_blocks_sign_up_form_locale_idx" ON "pages_blocks_sign_up_form" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_helplines_order_idx" ON "_pages_v_blocks_helplines" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_helplines_parent_id_idx" ON "_pages_v_blocks_helplines" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_helplines_path_idx" ON "_pages_v_blocks_helplines" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_helplines_locale_idx" ON "_pages_v_blocks_helplines" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_signs_of_exploitation_order_idx" ON "_pages_v_blocks_signs_of_exploitation" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_signs_of_exploitation_parent_id_idx" ON "_pages_v_blocks_signs_of_exploitation" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_signs_of_exploitation_path_idx" ON "_pages_v_blocks_signs_of_exploitation" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_signs_of_exploitation_locale_idx" ON "_pages_v_blocks_signs_of_exploitation" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_sign_up_form_order_idx" ON "_pages_v_blocks_sign_up_form" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_sign_up_form_parent_id_idx" ON "_pages_v_blocks_sign_up_form" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_sign_up_form_path_idx" ON "_pages_v_blocks_sign_up_form" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_sign_up_form_locale_idx" ON "_pages_v_blocks_sign_up_form" USING btree ("_locale");
  CREATE INDEX "news_blocks_helplines_order_idx" ON "news_blocks_helplines" USING btree ("_order");
  CREATE INDEX "news_blocks_helplines_parent_id_idx" ON "news_blocks_helplines" USING btree ("_parent_id");
  CREATE INDEX "news_blocks_helplines_path_idx" ON "news_blocks_helplines" USING btree ("_path");
  CREATE INDEX "news_blocks_helplines_locale_idx" ON "news_blocks_helplines" USING btree ("_locale");
  CREATE INDEX "news_blocks_signs_of_exploitation_order_idx" ON "news_blocks_signs_of_exploitation" USING btree ("_order");
  CREATE INDEX "news_blocks_signs_of_exploitation_parent_id_idx" ON "news_blocks_signs_of_exploitation" USING btree ("_parent_id");
  CREATE INDEX "news_blocks_signs_of_exploitation_path_idx" ON "news_blocks_signs_of_exploitation" USING btree ("_path");
  CREATE INDEX "news_blocks_signs_of_exploitation_locale_idx" ON "news_blocks_signs_of_exploitation" USING btree ("_locale");
  CREATE INDEX "news_blocks_sign_up_form_order_idx" ON "news_blocks_sign_up_form" USING btree ("_order");
  CREATE INDEX "news_blocks_sign_up_form_parent_id_idx" ON "news_blocks_sign_up_form" USING btree ("_parent_id");
  CREATE INDEX "news_blocks_sign_up_form_path_idx" ON "news_blocks_sign_up_form" USING btree ("_path");
  CREATE INDEX "news_blocks_sign_up_form_locale_idx" ON "news_blocks_sign_up_form" USING btree ("_locale");
  CREATE INDEX "_news_v_blocks_helplines_order_idx" ON "_news_v_blocks_helplines" USING btree ("_order");
  CREATE INDEX "_news_v_blocks_helplines_parent_id_idx" ON "_news_v_blocks_helplines" USING btree ("_parent_id");
  CREATE INDEX "_news_v_blocks_helplines_path_idx" ON "_news_v_blocks_helplines" USING btree ("_path");
  CREATE INDEX "_news_v_blocks_helplines_locale_idx" ON "_news_v_blocks_helplines" USING btree ("_locale");
  CREATE INDEX "_news_v_blocks_signs_of_exploitation_order_idx" ON "_news_v_blocks_signs_of_exploitation" USING btree ("_order");
  CREATE INDEX "_news_v_blocks_signs_of_exploitation_parent_id_idx" ON "_news_v_blocks_signs_of_exploitation" USING btree ("_parent_id");
  CREATE INDEX "_news_v_blocks_signs_of_exploitation_path_idx" ON "_news_v_blocks_signs_of_exploitation" USING btree ("_path");
  CREATE INDEX "_news_v_blocks_signs_of_exploitation_locale_idx" ON "_news_v_blocks_signs_of_exploitation" USING btree ("_locale");
  CREATE INDEX "_news_v_blocks_sign_up_form_order_idx" ON "_news_v_blocks_sign_up_form" USING btree ("_order");
  CREATE INDEX "_news_v_blocks_sign_up_form_parent_id_idx" ON "_news_v_blocks_sign_up_form" USING btree ("_parent_id");
  CREATE INDEX "_news_v_blocks_sign_up_form_path_idx" ON "_news_v_blocks_sign_up_form" USING btree ("_path");
  CREATE INDEX "_news_v_blocks_sign_up_form_locale_idx" ON "_news_v_blocks_sign_up_form" USING btree ("_locale");
  CREATE INDEX "page_views_day_idx" ON "page_views" USING btree ("day");
  CREATE UNIQUE INDEX "day_path_referrer_idx" ON "page_views" USING btree ("day","path","referrer");
  CREATE INDEX "mail_outbox_category_idx" ON "mail_outbox" USING btree ("category");
  CREATE INDEX "mail_outbox_status_idx" ON "mail_outbox" USING btree ("status");
  CREATE UNIQUE INDEX "mail_outbox_idempotency_key_idx" ON "mail_outbox" USING btree ("idempotency_key");
  CREATE INDEX "mail_outbox_updated_at_idx" ON "mail_outbox" USING btree ("updated_at");
  CREATE INDEX "mail_outbox_created_at_idx" ON "mail_outbox" USING btree ("created_at");
  CREATE UNIQUE INDEX "supporters_email_key_idx" ON "supporters" USING btree ("email_key");
  CREATE INDEX "supporters_status_idx" ON "supporters" USING btree ("status");
  CREATE INDEX "supporters_confirm_token_hash_idx" ON "supporters" USING btree ("confirm_token_hash");
  CREATE UNIQUE INDEX "supporters_manage_token_hash_idx" ON "supporters" USING btree ("manage_token_hash");
  CREATE INDEX "supporters_suppression_hash_idx" ON "supporters" USING btree ("suppression_hash");
  CREATE INDEX "supporters_updated_at_idx" ON "supporters" USING btree ("updated_at");
  CREATE INDEX "supporters_created_at_idx" ON "supporters" USING btree ("created_at");
  CREATE INDEX "consents_supporter_idx" ON "consents" USING btree ("supporter_id");
  CREATE INDEX "consents_updated_at_idx" ON "consents" USING btree ("updated_at");
  CREATE INDEX "consents_created_at_idx" ON "consents" USING btree ("created_at");
  CREATE INDEX "site_settings_helplines_order_idx" ON "site_settings_helplines" USING btree ("_order");
  CREATE INDEX "site_settings_helplines_parent_id_idx" ON "site_settings_helplines" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "site_settings_helplines_locales_locale_parent_id_unique" ON "site_settings_helplines_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "site_settings_interests_order_idx" ON "site_settings_interests" USING btree ("_order");
  CREATE INDEX "site_settings_interests_parent_id_idx" ON "site_settings_interests" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "site_settings_interests_locales_locale_parent_id_unique" ON "site_settings_interests_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "consent_wording_locales_locale_parent_id_unique" ON "consent_wording_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_consent_wording_v_created_at_idx" ON "_consent_wording_v" USING btree ("created_at");
  CREATE INDEX "_consent_wording_v_updated_at_idx" ON "_consent_wording_v" USING btree ("updated_at");
  CREATE UNIQUE INDEX "_consent_wording_v_locales_locale_parent_id_unique" ON "_consent_wording_v_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_page_views_fk" FOREIGN KEY ("page_views_id") REFERENCES "public"."page_views"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_mail_outbox_fk" FOREIGN KEY ("mail_outbox_id") REFERENCES "public"."mail_outbox"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_supporters_fk" FOREIGN KEY ("supporters_id") REFERENCES "public"."supporters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consents_fk" FOREIGN KEY ("consents_id") REFERENCES "public"."consents"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_page_views_id_idx" ON "payload_locked_documents_rels" USING btree ("page_views_id");
  CREATE INDEX "payload_locked_documents_rels_mail_outbox_id_idx" ON "payload_locked_documents_rels" USING btree ("mail_outbox_id");
  CREATE INDEX "payload_locked_documents_rels_supporters_id_idx" ON "payload_locked_documents_rels" USING btree ("supporters_id");
  CREATE INDEX "payload_locked_documents_rels_consents_id_idx" ON "payload_locked_documents_rels" USING btree ("consents_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages_blocks_helplines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_signs_of_exploitation" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pages_blocks_sign_up_form" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_helplines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_signs_of_exploitation" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_sign_up_form" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news_blocks_helplines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news_blocks_signs_of_exploitation" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news_blocks_sign_up_form" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_news_v_blocks_helplines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_news_v_blocks_signs_of_exploitation" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_news_v_blocks_sign_up_form" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "page_views" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mail_outbox" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "supporters" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consents" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_helplines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_helplines_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_interests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings_interests_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consent_wording" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consent_wording_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_consent_wording_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_consent_wording_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "payload_jobs_stats" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "pages_blocks_helplines" CASCADE;
  DROP TABLE "pages_blocks_signs_of_exploitation" CASCADE;
  DROP TABLE "pages_blocks_sign_up_form" CASCADE;
  DROP TABLE "_pages_v_blocks_helplines" CASCADE;
  DROP TABLE "_pages_v_blocks_signs_of_exploitation" CASCADE;
  DROP TABLE "_pages_v_blocks_sign_up_form" CASCADE;
  DROP TABLE "news_blocks_helplines" CASCADE;
  DROP TABLE "news_blocks_signs_of_exploitation" CASCADE;
  DROP TABLE "news_blocks_sign_up_form" CASCADE;
  DROP TABLE "_news_v_blocks_helplines" CASCADE;
  DROP TABLE "_news_v_blocks_signs_of_exploitation" CASCADE;
  DROP TABLE "_news_v_blocks_sign_up_form" CASCADE;
  DROP TABLE "page_views" CASCADE;
  DROP TABLE "mail_outbox" CASCADE;
  DROP TABLE "supporters" CASCADE;
  DROP TABLE "consents" CASCADE;
  DROP TABLE "site_settings_helplines" CASCADE;
  DROP TABLE "site_settings_helplines_locales" CASCADE;
  DROP TABLE "site_settings_interests" CASCADE;
  DROP TABLE "site_settings_interests_locales" CASCADE;
  DROP TABLE "consent_wording" CASCADE;
  DROP TABLE "consent_wording_locales" CASCADE;
  DROP TABLE "_consent_wording_v" CASCADE;
  DROP TABLE "_consent_wording_v_locales" CASCADE;
  DROP TABLE "payload_jobs_stats" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_page_views_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_mail_outbox_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_supporters_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_consents_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_page_views_id_idx";
  DROP INDEX "payload_locked_documents_rels_mail_outbox_id_idx";
  DROP INDEX "payload_locked_documents_rels_supporters_id_idx";
  DROP INDEX "payload_locked_documents_rels_consents_id_idx";
  ALTER TABLE "payload_jobs" DROP COLUMN "meta";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "page_views_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "mail_outbox_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "supporters_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "consents_id";
  ALTER TABLE "site_settings" DROP COLUMN "safety_quick_exit_url";
  ALTER TABLE "site_settings" DROP COLUMN "safety_quick_exit_on_every_page";
  ALTER TABLE "site_settings" DROP COLUMN "safety_neutral_titles";
  ALTER TABLE "site_settings" DROP COLUMN "old_news_after_years";
  DROP TYPE "public"."enum_mail_outbox_status";
  DROP TYPE "public"."enum_mail_outbox_delivered_via";
  DROP TYPE "public"."enum_supporters_locale";
  DROP TYPE "public"."enum_supporters_status";
  DROP TYPE "public"."enum_consents_kind";`)
}
