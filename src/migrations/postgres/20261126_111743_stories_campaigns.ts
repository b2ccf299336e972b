import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_stories_consent_scope" AS ENUM('web', 'social', 'print', 'fundraising-email');
  CREATE TYPE "public"."enum_stories_form_of_exploitation" AS ENUM('forced-labour', 'sexual-exploitation', 'criminal-exploitation', 'domestic-servitude', 'debt-bondage', 'other');
  CREATE TYPE "public"."enum_stories_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__stories_v_version_consent_scope" AS ENUM('web', 'social', 'print', 'fundraising-email');
  CREATE TYPE "public"."enum__stories_v_version_form_of_exploitation" AS ENUM('forced-labour', 'sexual-exploitation', 'criminal-exploitation', 'domestic-servitude', 'debt-bondage', 'other');
  CREATE TYPE "public"."enum__stories_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__stories_v_published_locale" AS ENUM('en', 'vi', 'lt', 'ro', 'sq', 'pl', 'ar');
  CREATE TYPE "public"."enum_campaigns_blocks_image_width" AS ENUM('content', 'wide');
  CREATE TYPE "public"."enum_campaigns_blocks_call_to_action_links_type" AS ENUM('page', 'url');
  CREATE TYPE "public"."enum_campaigns_blocks_call_to_action_links_style" AS ENUM('primary', 'secondary');
  CREATE TYPE "public"."enum_campaigns_blocks_related_links_links_type" AS ENUM('page', 'url');
  CREATE TYPE "public"."enum_campaigns_campaign_status" AS ENUM('open', 'closed', 'won');
  CREATE TYPE "public"."enum_campaigns_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__campaigns_v_blocks_image_width" AS ENUM('content', 'wide');
  CREATE TYPE "public"."enum__campaigns_v_blocks_call_to_action_links_type" AS ENUM('page', 'url');
  CREATE TYPE "public"."enum__campaigns_v_blocks_call_to_action_links_style" AS ENUM('primary', 'secondary');
  CREATE TYPE "public"."enum__campaigns_v_blocks_related_links_links_type" AS ENUM('page', 'url');
  CREATE TYPE "public"."enum__campaigns_v_version_campaign_status" AS ENUM('open', 'closed', 'won');
  CREATE TYPE "public"."enum__campaigns_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__campaigns_v_published_locale" AS ENUM('en', 'vi', 'lt', 'ro', 'sq', 'pl', 'ar');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'storyConsent' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'storyConsent' BEFORE 'schedulePublish';
  CREATE TABLE "pages_blocks_story_teaser" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"story_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "_pages_v_blocks_story_teaser" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"story_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "news_blocks_story_teaser" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"story_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "_news_v_blocks_story_teaser" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"story_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "stories_consent_scope" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_stories_consent_scope",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "stories" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"display_name" varchar,
  	"name_changed" boolean DEFAULT true,
  	"slug" varchar,
  	"portrait_id" integer,
  	"country" varchar,
  	"form_of_exploitation" "enum_stories_form_of_exploitation",
  	"consent_given_on" timestamp(3) with time zone,
  	"consent_review_by" timestamp(3) with time zone,
  	"consent_withdrawn_on" timestamp(3) with time zone,
  	"consent_signed_form_id" integer,
  	"consent_review_reminder_sent_for" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_stories_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "stories_locales" (
  	"pull_quote" varchar,
  	"content_warning" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_stories_v_version_consent_scope" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__stories_v_version_consent_scope",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_stories_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_display_name" varchar,
  	"version_name_changed" boolean DEFAULT true,
  	"version_slug" varchar,
  	"version_portrait_id" integer,
  	"version_country" varchar,
  	"version_form_of_exploitation" "enum__stories_v_version_form_of_exploitation",
  	"version_consent_given_on" timestamp(3) with time zone,
  	"version_consent_review_by" timestamp(3) with time zone,
  	"version_consent_withdrawn_on" timestamp(3) with time zone,
  	"version_consent_signed_form_id" integer,
  	"version_consent_review_reminder_sent_for" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__stories_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__stories_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_stories_v_locales" (
  	"version_pull_quote" varchar,
  	"version_content_warning" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "consent_forms" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "campaigns_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"content" jsonb,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_image" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"caption" varchar,
  	"width" "enum_campaigns_blocks_image_width" DEFAULT 'content',
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_pull_quote" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"quote" varchar,
  	"attribution" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_statistic" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"value" varchar,
  	"label" varchar,
  	"source" varchar,
  	"source_url" varchar,
  	"date" timestamp(3) with time zone,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_call_to_action_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"type" "enum_campaigns_blocks_call_to_action_links_type" DEFAULT 'page',
  	"page_id" integer,
  	"url" varchar,
  	"style" "enum_campaigns_blocks_call_to_action_links_style" DEFAULT 'primary'
  );
  
  CREATE TABLE "campaigns_blocks_call_to_action" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_related_links_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"type" "enum_campaigns_blocks_related_links_links_type" DEFAULT 'page',
  	"page_id" integer,
  	"url" varchar
  );
  
  CREATE TABLE "campaigns_blocks_related_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Find out more',
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_helplines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_signs_of_exploitation" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_sign_up_form" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"text" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns_blocks_story_teaser" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"story_id" integer,
  	"block_name" varchar
  );
  
  CREATE TABLE "campaigns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"hero_image_id" integer,
  	"target" varchar,
  	"petition_version" numeric DEFAULT 1,
  	"signature_goal" numeric DEFAULT 1000,
  	"deadline" timestamp(3) with time zone,
  	"status" "enum_campaigns_campaign_status" DEFAULT 'open',
  	"slug" varchar,
  	"seo_image_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_campaigns_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "campaigns_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"hero_intro" varchar,
  	"petition_text" varchar,
  	"outcome" varchar,
  	"seo_title" varchar,
  	"seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_campaigns_v_blocks_rich_text" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"content" jsonb,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_image" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"image_id" integer,
  	"caption" varchar,
  	"width" "enum__campaigns_v_blocks_image_width" DEFAULT 'content',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_pull_quote" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"quote" varchar,
  	"attribution" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_statistic" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" varchar,
  	"label" varchar,
  	"source" varchar,
  	"source_url" varchar,
  	"date" timestamp(3) with time zone,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_call_to_action_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"type" "enum__campaigns_v_blocks_call_to_action_links_type" DEFAULT 'page',
  	"page_id" integer,
  	"url" varchar,
  	"style" "enum__campaigns_v_blocks_call_to_action_links_style" DEFAULT 'primary',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_call_to_action" (
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
  
  CREATE TABLE "_campaigns_v_blocks_related_links_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"type" "enum__campaigns_v_blocks_related_links_links_type" DEFAULT 'page',
  	"page_id" integer,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_related_links" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar DEFAULT 'Find out more',
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_helplines" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_signs_of_exploitation" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v_blocks_sign_up_form" (
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
  
  CREATE TABLE "_campaigns_v_blocks_story_teaser" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"story_id" integer,
  	"_uuid" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "_campaigns_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_hero_image_id" integer,
  	"version_target" varchar,
  	"version_petition_version" numeric DEFAULT 1,
  	"version_signature_goal" numeric DEFAULT 1000,
  	"version_deadline" timestamp(3) with time zone,
  	"version_status" "enum__campaigns_v_version_campaign_status" DEFAULT 'open',
  	"version_slug" varchar,
  	"version_seo_image_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__campaigns_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__campaigns_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_campaigns_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_hero_intro" varchar,
  	"version_petition_text" varchar,
  	"version_outcome" varchar,
  	"version_seo_title" varchar,
  	"version_seo_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "signatures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"campaign_id" integer NOT NULL,
  	"first_name" varchar NOT NULL,
  	"last_name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"campaign_email" varchar,
  	"country" varchar NOT NULL,
  	"postcode" varchar,
  	"petition_version" numeric NOT NULL,
  	"locale" varchar NOT NULL,
  	"verified" boolean DEFAULT false,
  	"verified_at" timestamp(3) with time zone,
  	"confirm_token_hash" varchar,
  	"confirm_token_expires_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "stories_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "consent_forms_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "campaigns_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "signatures_id" integer;
  ALTER TABLE "pages_blocks_story_teaser" ADD CONSTRAINT "pages_blocks_story_teaser_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pages_blocks_story_teaser" ADD CONSTRAINT "pages_blocks_story_teaser_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_story_teaser" ADD CONSTRAINT "_pages_v_blocks_story_teaser_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pages_v_blocks_story_teaser" ADD CONSTRAINT "_pages_v_blocks_story_teaser_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pages_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_blocks_story_teaser" ADD CONSTRAINT "news_blocks_story_teaser_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news_blocks_story_teaser" ADD CONSTRAINT "news_blocks_story_teaser_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v_blocks_story_teaser" ADD CONSTRAINT "_news_v_blocks_story_teaser_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v_blocks_story_teaser" ADD CONSTRAINT "_news_v_blocks_story_teaser_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories_consent_scope" ADD CONSTRAINT "stories_consent_scope_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stories" ADD CONSTRAINT "stories_portrait_id_media_id_fk" FOREIGN KEY ("portrait_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stories" ADD CONSTRAINT "stories_consent_signed_form_id_consent_forms_id_fk" FOREIGN KEY ("consent_signed_form_id") REFERENCES "public"."consent_forms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stories_locales" ADD CONSTRAINT "stories_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v_version_consent_scope" ADD CONSTRAINT "_stories_v_version_consent_scope_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_parent_id_stories_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_version_portrait_id_media_id_fk" FOREIGN KEY ("version_portrait_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v" ADD CONSTRAINT "_stories_v_version_consent_signed_form_id_consent_forms_id_fk" FOREIGN KEY ("version_consent_signed_form_id") REFERENCES "public"."consent_forms"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_stories_v_locales" ADD CONSTRAINT "_stories_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_stories_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_rich_text" ADD CONSTRAINT "campaigns_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_image" ADD CONSTRAINT "campaigns_blocks_image_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_image" ADD CONSTRAINT "campaigns_blocks_image_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_pull_quote" ADD CONSTRAINT "campaigns_blocks_pull_quote_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_statistic" ADD CONSTRAINT "campaigns_blocks_statistic_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_call_to_action_links" ADD CONSTRAINT "campaigns_blocks_call_to_action_links_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_call_to_action_links" ADD CONSTRAINT "campaigns_blocks_call_to_action_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_blocks_call_to_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_call_to_action" ADD CONSTRAINT "campaigns_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_related_links_links" ADD CONSTRAINT "campaigns_blocks_related_links_links_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_related_links_links" ADD CONSTRAINT "campaigns_blocks_related_links_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns_blocks_related_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_related_links" ADD CONSTRAINT "campaigns_blocks_related_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_helplines" ADD CONSTRAINT "campaigns_blocks_helplines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_signs_of_exploitation" ADD CONSTRAINT "campaigns_blocks_signs_of_exploitation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_sign_up_form" ADD CONSTRAINT "campaigns_blocks_sign_up_form_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_story_teaser" ADD CONSTRAINT "campaigns_blocks_story_teaser_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_blocks_story_teaser" ADD CONSTRAINT "campaigns_blocks_story_teaser_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_hero_image_id_media_id_fk" FOREIGN KEY ("hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_seo_image_id_media_id_fk" FOREIGN KEY ("seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_locales" ADD CONSTRAINT "campaigns_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_rich_text" ADD CONSTRAINT "_campaigns_v_blocks_rich_text_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_image" ADD CONSTRAINT "_campaigns_v_blocks_image_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_image" ADD CONSTRAINT "_campaigns_v_blocks_image_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_pull_quote" ADD CONSTRAINT "_campaigns_v_blocks_pull_quote_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_statistic" ADD CONSTRAINT "_campaigns_v_blocks_statistic_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_call_to_action_links" ADD CONSTRAINT "_campaigns_v_blocks_call_to_action_links_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_call_to_action_links" ADD CONSTRAINT "_campaigns_v_blocks_call_to_action_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_blocks_call_to_action"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_call_to_action" ADD CONSTRAINT "_campaigns_v_blocks_call_to_action_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_related_links_links" ADD CONSTRAINT "_campaigns_v_blocks_related_links_links_page_id_pages_id_fk" FOREIGN KEY ("page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_related_links_links" ADD CONSTRAINT "_campaigns_v_blocks_related_links_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v_blocks_related_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_related_links" ADD CONSTRAINT "_campaigns_v_blocks_related_links_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_helplines" ADD CONSTRAINT "_campaigns_v_blocks_helplines_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_signs_of_exploitation" ADD CONSTRAINT "_campaigns_v_blocks_signs_of_exploitation_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_sign_up_form" ADD CONSTRAINT "_campaigns_v_blocks_sign_up_form_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_story_teaser" ADD CONSTRAINT "_campaigns_v_blocks_story_teaser_story_id_stories_id_fk" FOREIGN KEY ("story_id") REFERENCES "public"."stories"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_blocks_story_teaser" ADD CONSTRAINT "_campaigns_v_blocks_story_teaser_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_parent_id_campaigns_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_hero_image_id_media_id_fk" FOREIGN KEY ("version_hero_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_seo_image_id_media_id_fk" FOREIGN KEY ("version_seo_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_locales" ADD CONSTRAINT "_campaigns_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "signatures" ADD CONSTRAINT "signatures_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "pages_blocks_story_teaser_order_idx" ON "pages_blocks_story_teaser" USING btree ("_order");
  CREATE INDEX "pages_blocks_story_teaser_parent_id_idx" ON "pages_blocks_story_teaser" USING btree ("_parent_id");
  CREATE INDEX "pages_blocks_story_teaser_path_idx" ON "pages_blocks_story_teaser" USING btree ("_path");
  CREATE INDEX "pages_blocks_story_teaser_locale_idx" ON "pages_blocks_story_teaser" USING btree ("_locale");
  CREATE INDEX "pages_blocks_story_teaser_story_idx" ON "pages_blocks_story_teaser" USING btree ("story_id");
  CREATE INDEX "_pages_v_blocks_story_teaser_order_idx" ON "_pages_v_blocks_story_teaser" USING btree ("_order");
  CREATE INDEX "_pages_v_blocks_story_teaser_parent_id_idx" ON "_pages_v_blocks_story_teaser" USING btree ("_parent_id");
  CREATE INDEX "_pages_v_blocks_story_teaser_path_idx" ON "_pages_v_blocks_story_teaser" USING btree ("_path");
  CREATE INDEX "_pages_v_blocks_story_teaser_locale_idx" ON "_pages_v_blocks_story_teaser" USING btree ("_locale");
  CREATE INDEX "_pages_v_blocks_story_teaser_story_idx" ON "_pages_v_blocks_story_teaser" USING btree ("story_id");
  CREATE INDEX "news_blocks_story_teaser_order_idx" ON "news_blocks_story_teaser" USING btree ("_order");
  CREATE INDEX "news_blocks_story_teaser_parent_id_idx" ON "news_blocks_story_teaser" USING btree ("_parent_id");
  CREATE INDEX "news_blocks_story_teaser_path_idx" ON "news_blocks_story_teaser" USING btree ("_path");
  CREATE INDEX "news_blocks_story_teaser_locale_idx" ON "news_blocks_story_teaser" USING btree ("_locale");
  CREATE INDEX "news_blocks_story_teaser_story_idx" ON "news_blocks_story_teaser" USING btree ("story_id");
  CREATE INDEX "_news_v_blocks_story_teaser_order_idx" ON "_news_v_blocks_story_teaser" USING btree ("_order");
  CREATE INDEX "_news_v_blocks_story_teaser_parent_id_idx" ON "_news_v_blocks_story_teaser" USING btree ("_parent_id");
  CREATE INDEX "_news_v_blocks_story_teaser_path_idx" ON "_news_v_blocks_story_teaser" USING btree ("_path");
  CREATE INDEX "_news_v_blocks_story_teaser_locale_idx" ON "_news_v_blocks_story_teaser" USING btree ("_locale");
  CREATE INDEX "_news_v_blocks_story_teaser_story_idx" ON "_news_v_blocks_story_teaser" USING btree ("story_id");
  CREATE INDEX "stories_consent_scope_order_idx" ON "stories_consent_scope" USING btree ("order");
  CREATE INDEX "stories_consent_scope_parent_idx" ON "stories_consent_scope" USING btree ("parent_id");
  CREATE UNIQUE INDEX "stories_slug_idx" ON "stories" USING btree ("slug");
  CREATE INDEX "stories_portrait_idx" ON "stories" USING btree ("portrait_id");
  CREATE INDEX "stories_form_of_exploitation_idx" ON "stories" USING btree ("form_of_exploitation");
  CREATE INDEX "stories_consent_consent_review_by_idx" ON "stories" USING btree ("consent_review_by");
  CREATE INDEX "stories_consent_consent_signed_form_idx" ON "stories" USING btree ("consent_signed_form_id");
  CREATE INDEX "stories_updated_at_idx" ON "stories" USING btree ("updated_at");
  CREATE INDEX "stories_created_at_idx" ON "stories" USING btree ("created_at");
  CREATE INDEX "stories__status_idx" ON "stories" USING btree ("_status");
  CREATE UNIQUE INDEX "stories_locales_locale_parent_id_unique" ON "stories_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_stories_v_version_consent_scope_order_idx" ON "_stories_v_version_consent_scope" USING btree ("order");
  CREATE INDEX "_stories_v_version_consent_scope_parent_idx" ON "_stories_v_version_consent_scope" USING btree ("parent_id");
  CREATE INDEX "_stories_v_parent_idx" ON "_stories_v" USING btree ("parent_id");
  CREATE INDEX "_stories_v_version_version_slug_idx" ON "_stories_v" USING btree ("version_slug");
  CREATE INDEX "_stories_v_version_version_portrait_idx" ON "_stories_v" USING btree ("version_portrait_id");
  CREATE INDEX "_stories_v_version_version_form_of_exploitation_idx" ON "_stories_v" USING btree ("version_form_of_exploitation");
  CREATE INDEX "_stories_v_version_consent_version_consent_review_by_idx" ON "_stories_v" USING btree ("version_consent_review_by");
  CREATE INDEX "_stories_v_version_consent_version_consent_signed_form_idx" ON "_stories_v" USING btree ("version_consent_signed_form_id");
  CREATE INDEX "_stories_v_version_version_updated_at_idx" ON "_stories_v" USING btree ("version_updated_at");
  CREATE INDEX "_stories_v_version_version_created_at_idx" ON "_stories_v" USING btree ("version_created_at");
  CREATE INDEX "_stories_v_version_version__status_idx" ON "_stories_v" USING btree ("version__status");
  CREATE INDEX "_stories_v_created_at_idx" ON "_stories_v" USING btree ("created_at");
  CREATE INDEX "_stories_v_updated_at_idx" ON "_stories_v" USING btree ("updated_at");
  CREATE INDEX "_stories_v_snapshot_idx" ON "_stories_v" USING btree ("snapshot");
  CREATE INDEX "_stories_v_published_locale_idx" ON "_stories_v" USING btree ("published_locale");
  CREATE INDEX "_stories_v_latest_idx" ON "_stories_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_stories_v_locales_locale_parent_id_unique" ON "_stories_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "consent_forms_updated_at_idx" ON "consent_forms" USING btree ("updated_at");
  CREATE INDEX "consent_forms_created_at_idx" ON "consent_forms" USING btree ("created_at");
  CREATE UNIQUE INDEX "consent_forms_filename_idx" ON "consent_forms" USING btree ("filename");
  CREATE INDEX "campaigns_blocks_rich_text_order_idx" ON "campaigns_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_rich_text_parent_id_idx" ON "campaigns_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_rich_text_path_idx" ON "campaigns_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_rich_text_locale_idx" ON "campaigns_blocks_rich_text" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_image_order_idx" ON "campaigns_blocks_image" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_image_parent_id_idx" ON "campaigns_blocks_image" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_image_path_idx" ON "campaigns_blocks_image" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_image_locale_idx" ON "campaigns_blocks_image" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_image_image_idx" ON "campaigns_blocks_image" USING btree ("image_id");
  CREATE INDEX "campaigns_blocks_pull_quote_order_idx" ON "campaigns_blocks_pull_quote" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_pull_quote_parent_id_idx" ON "campaigns_blocks_pull_quote" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_pull_quote_path_idx" ON "campaigns_blocks_pull_quote" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_pull_quote_locale_idx" ON "campaigns_blocks_pull_quote" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_statistic_order_idx" ON "campaigns_blocks_statistic" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_statistic_parent_id_idx" ON "campaigns_blocks_statistic" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_statistic_path_idx" ON "campaigns_blocks_statistic" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_statistic_locale_idx" ON "campaigns_blocks_statistic" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_call_to_action_links_order_idx" ON "campaigns_blocks_call_to_action_links" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_call_to_action_links_parent_id_idx" ON "campaigns_blocks_call_to_action_links" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_call_to_action_links_locale_idx" ON "campaigns_blocks_call_to_action_links" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_call_to_action_links_page_idx" ON "campaigns_blocks_call_to_action_links" USING btree ("page_id");
  CREATE INDEX "campaigns_blocks_call_to_action_order_idx" ON "campaigns_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_call_to_action_parent_id_idx" ON "campaigns_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_call_to_action_path_idx" ON "campaigns_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_call_to_action_locale_idx" ON "campaigns_blocks_call_to_action" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_related_links_links_order_idx" ON "campaigns_blocks_related_links_links" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_related_links_links_parent_id_idx" ON "campaigns_blocks_related_links_links" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_related_links_links_locale_idx" ON "campaigns_blocks_related_links_links" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_related_links_links_page_idx" ON "campaigns_blocks_related_links_links" USING btree ("page_id");
  CREATE INDEX "campaigns_blocks_related_links_order_idx" ON "campaigns_blocks_related_links" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_related_links_parent_id_idx" ON "campaigns_blocks_related_links" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_related_links_path_idx" ON "campaigns_blocks_related_links" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_related_links_locale_idx" ON "campaigns_blocks_related_links" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_helplines_order_idx" ON "campaigns_blocks_helplines" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_helplines_parent_id_idx" ON "campaigns_blocks_helplines" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_helplines_path_idx" ON "campaigns_blocks_helplines" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_helplines_locale_idx" ON "campaigns_blocks_helplines" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_signs_of_exploitation_order_idx" ON "campaigns_blocks_signs_of_exploitation" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_signs_of_exploitation_parent_id_idx" ON "campaigns_blocks_signs_of_exploitation" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_signs_of_exploitation_path_idx" ON "campaigns_blocks_signs_of_exploitation" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_signs_of_exploitation_locale_idx" ON "campaigns_blocks_signs_of_exploitation" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_sign_up_form_order_idx" ON "campaigns_blocks_sign_up_form" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_sign_up_form_parent_id_idx" ON "campaigns_blocks_sign_up_form" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_sign_up_form_path_idx" ON "campaigns_blocks_sign_up_form" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_sign_up_form_locale_idx" ON "campaigns_blocks_sign_up_form" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_story_teaser_order_idx" ON "campaigns_blocks_story_teaser" USING btree ("_order");
  CREATE INDEX "campaigns_blocks_story_teaser_parent_id_idx" ON "campaigns_blocks_story_teaser" USING btree ("_parent_id");
  CREATE INDEX "campaigns_blocks_story_teaser_path_idx" ON "campaigns_blocks_story_teaser" USING btree ("_path");
  CREATE INDEX "campaigns_blocks_story_teaser_locale_idx" ON "campaigns_blocks_story_teaser" USING btree ("_locale");
  CREATE INDEX "campaigns_blocks_story_teaser_story_idx" ON "campaigns_blocks_story_teaser" USING btree ("story_id");
  CREATE INDEX "campaigns_hero_hero_image_idx" ON "campaigns" USING btree ("hero_image_id");
  CREATE INDEX "campaigns_deadline_idx" ON "campaigns" USING btree ("deadline");
  CREATE INDEX "campaigns_status_idx" ON "campaigns" USING btree ("status");
  CREATE UNIQUE INDEX "campaigns_slug_idx" ON "campaigns" USING btree ("slug");
  CREATE INDEX "campaigns_seo_seo_image_idx" ON "campaigns" USING btree ("seo_image_id");
  CREATE INDEX "campaigns_updated_at_idx" ON "campaigns" USING btree ("updated_at");
  CREATE INDEX "campaigns_created_at_idx" ON "campaigns" USING btree ("created_at");
  CREATE INDEX "campaigns__status_idx" ON "campaigns" USING btree ("_status");
  CREATE UNIQUE INDEX "campaigns_locales_locale_parent_id_unique" ON "campaigns_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_campaigns_v_blocks_rich_text_order_idx" ON "_campaigns_v_blocks_rich_text" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_rich_text_parent_id_idx" ON "_campaigns_v_blocks_rich_text" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_rich_text_path_idx" ON "_campaigns_v_blocks_rich_text" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_rich_text_locale_idx" ON "_campaigns_v_blocks_rich_text" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_image_order_idx" ON "_campaigns_v_blocks_image" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_image_parent_id_idx" ON "_campaigns_v_blocks_image" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_image_path_idx" ON "_campaigns_v_blocks_image" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_image_locale_idx" ON "_campaigns_v_blocks_image" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_image_image_idx" ON "_campaigns_v_blocks_image" USING btree ("image_id");
  CREATE INDEX "_campaigns_v_blocks_pull_quote_order_idx" ON "_campaigns_v_blocks_pull_quote" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_pull_quote_parent_id_idx" ON "_campaigns_v_blocks_pull_quote" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_pull_quote_path_idx" ON "_campaigns_v_blocks_pull_quote" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_pull_quote_locale_idx" ON "_campaigns_v_blocks_pull_quote" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_statistic_order_idx" ON "_campaigns_v_blocks_statistic" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_statistic_parent_id_idx" ON "_campaigns_v_blocks_statistic" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_statistic_path_idx" ON "_campaigns_v_blocks_statistic" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_statistic_locale_idx" ON "_campaigns_v_blocks_statistic" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_call_to_action_links_order_idx" ON "_campaigns_v_blocks_call_to_action_links" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_call_to_action_links_parent_id_idx" ON "_campaigns_v_blocks_call_to_action_links" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_call_to_action_links_locale_idx" ON "_campaigns_v_blocks_call_to_action_links" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_call_to_action_links_page_idx" ON "_campaigns_v_blocks_call_to_action_links" USING btree ("page_id");
  CREATE INDEX "_campaigns_v_blocks_call_to_action_order_idx" ON "_campaigns_v_blocks_call_to_action" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_call_to_action_parent_id_idx" ON "_campaigns_v_blocks_call_to_action" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_call_to_action_path_idx" ON "_campaigns_v_blocks_call_to_action" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_call_to_action_locale_idx" ON "_campaigns_v_blocks_call_to_action" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_related_links_links_order_idx" ON "_campaigns_v_blocks_related_links_links" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_related_links_links_parent_id_idx" ON "_campaigns_v_blocks_related_links_links" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_related_links_links_locale_idx" ON "_campaigns_v_blocks_related_links_links" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_related_links_links_page_idx" ON "_campaigns_v_blocks_related_links_links" USING btree ("page_id");
  CREATE INDEX "_campaigns_v_blocks_related_links_order_idx" ON "_campaigns_v_blocks_related_links" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_related_links_parent_id_idx" ON "_campaigns_v_blocks_related_links" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_related_links_path_idx" ON "_campaigns_v_blocks_related_links" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_related_links_locale_idx" ON "_campaigns_v_blocks_related_links" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_helplines_order_idx" ON "_campaigns_v_blocks_helplines" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_helplines_parent_id_idx" ON "_campaigns_v_blocks_helplines" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_helplines_path_idx" ON "_campaigns_v_blocks_helplines" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_helplines_locale_idx" ON "_campaigns_v_blocks_helplines" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_signs_of_exploitation_order_idx" ON "_campaigns_v_blocks_signs_of_exploitation" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_signs_of_exploitation_parent_id_idx" ON "_campaigns_v_blocks_signs_of_exploitation" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_signs_of_exploitation_path_idx" ON "_campaigns_v_blocks_signs_of_exploitation" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_signs_of_exploitation_locale_idx" ON "_campaigns_v_blocks_signs_of_exploitation" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_sign_up_form_order_idx" ON "_campaigns_v_blocks_sign_up_form" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_sign_up_form_parent_id_idx" ON "_campaigns_v_blocks_sign_up_form" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_sign_up_form_path_idx" ON "_campaigns_v_blocks_sign_up_form" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_sign_up_form_locale_idx" ON "_campaigns_v_blocks_sign_up_form" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_story_teaser_order_idx" ON "_campaigns_v_blocks_story_teaser" USING btree ("_order");
  CREATE INDEX "_campaigns_v_blocks_story_teaser_parent_id_idx" ON "_campaigns_v_blocks_story_teaser" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_blocks_story_teaser_path_idx" ON "_campaigns_v_blocks_story_teaser" USING btree ("_path");
  CREATE INDEX "_campaigns_v_blocks_story_teaser_locale_idx" ON "_campaigns_v_blocks_story_teaser" USING btree ("_locale");
  CREATE INDEX "_campaigns_v_blocks_story_teaser_story_idx" ON "_campaigns_v_blocks_story_teaser" USING btree ("story_id");
  CREATE INDEX "_campaigns_v_parent_idx" ON "_campaigns_v" USING btree ("parent_id");
  CREATE INDEX "_campaigns_v_version_hero_version_hero_image_idx" ON "_campaigns_v" USING btree ("version_hero_image_id");
  CREATE INDEX "_campaigns_v_version_version_deadline_idx" ON "_campaigns_v" USING btree ("version_deadline");
  CREATE INDEX "_campaigns_v_version_version_status_idx" ON "_campaigns_v" USING btree ("version_status");
  CREATE INDEX "_campaigns_v_version_version_slug_idx" ON "_campaigns_v" USING btree ("version_slug");
  CREATE INDEX "_campaigns_v_version_seo_version_seo_image_idx" ON "_campaigns_v" USING btree ("version_seo_image_id");
  CREATE INDEX "_campaigns_v_version_version_updated_at_idx" ON "_campaigns_v" USING btree ("version_updated_at");
  CREATE INDEX "_campaigns_v_version_version_created_at_idx" ON "_campaigns_v" USING btree ("version_created_at");
  CREATE INDEX "_campaigns_v_version_version__status_idx" ON "_campaigns_v" USING btree ("version__status");
  CREATE INDEX "_campaigns_v_created_at_idx" ON "_campaigns_v" USING btree ("created_at");
  CREATE INDEX "_campaigns_v_updated_at_idx" ON "_campaigns_v" USING btree ("updated_at");
  CREATE INDEX "_campaigns_v_snapshot_idx" ON "_campaigns_v" USING btree ("snapshot");
  CREATE INDEX "_campaigns_v_published_locale_idx" ON "_campaigns_v" USING btree ("published_locale");
  CREATE INDEX "_campaigns_v_latest_idx" ON "_campaigns_v" USING btree ("latest");
  CREATE INDEX "_campaigns_v_autosave_idx" ON "_campaigns_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_campaigns_v_locales_locale_parent_id_unique" ON "_campaigns_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "signatures_campaign_idx" ON "signatures" USING btree ("campaign_id");
  CREATE UNIQUE INDEX "signatures_campaign_email_idx" ON "signatures" USING btree ("campaign_email");
  CREATE INDEX "signatures_verified_idx" ON "signatures" USING btree ("verified");
  CREATE INDEX "signatures_confirm_token_hash_idx" ON "signatures" USING btree ("confirm_token_hash");
  CREATE INDEX "signatures_updated_at_idx" ON "signatures" USING btree ("updated_at");
  CREATE INDEX "signatures_created_at_idx" ON "signatures" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stories_fk" FOREIGN KEY ("stories_id") REFERENCES "public"."stories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consent_forms_fk" FOREIGN KEY ("consent_forms_id") REFERENCES "public"."consent_forms"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_signatures_fk" FOREIGN KEY ("signatures_id") REFERENCES "public"."signatures"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_stories_id_idx" ON "payload_locked_documents_rels" USING btree ("stories_id");
  CREATE INDEX "payload_locked_documents_rels_consent_forms_id_idx" ON "payload_locked_documents_rels" USING btree ("consent_forms_id");
  CREATE INDEX "payload_locked_documents_rels_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("campaigns_id");
  CREATE INDEX "payload_locked_documents_rels_signatures_id_idx" ON "payload_locked_documents_rels" USING btree ("signatures_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "pages_blocks_story_teaser" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pages_v_blocks_story_teaser" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "news_blocks_story_teaser" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_news_v_blocks_story_teaser" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stories_consent_scope" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stories" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stories_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_stories_v_version_consent_scope" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_stories_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_stories_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "consent_forms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_rich_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_image" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_pull_quote" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_statistic" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_call_to_action_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_call_to_action" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_related_links_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_related_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_helplines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_signs_of_exploitation" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_sign_up_form" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_blocks_story_teaser" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "campaigns_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_rich_text" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_image" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_pull_quote" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_statistic" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_call_to_action_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_call_to_action" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_related_links_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_related_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_helplines" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_signs_of_exploitation" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_sign_up_form" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_blocks_story_teaser" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_campaigns_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "signatures" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "pages_blocks_story_teaser" CASCADE;
  DROP TABLE "_pages_v_blocks_story_teaser" CASCADE;
  DROP TABLE "news_blocks_story_teaser" CASCADE;
  DROP TABLE "_news_v_blocks_story_teaser" CASCADE;
  DROP TABLE "stories_consent_scope" CASCADE;
  DROP TABLE "stories" CASCADE;
  DROP TABLE "stories_locales" CASCADE;
  DROP TABLE "_stories_v_version_consent_scope" CASCADE;
  DROP TABLE "_stories_v" CASCADE;
  DROP TABLE "_stories_v_locales" CASCADE;
  DROP TABLE "consent_forms" CASCADE;
  DROP TABLE "campaigns_blocks_rich_text" CASCADE;
  DROP TABLE "campaigns_blocks_image" CASCADE;
  DROP TABLE "campaigns_blocks_pull_quote" CASCADE;
  DROP TABLE "campaigns_blocks_statistic" CASCADE;
  DROP TABLE "campaigns_blocks_call_to_action_links" CASCADE;
  DROP TABLE "campaigns_blocks_call_to_action" CASCADE;
  DROP TABLE "campaigns_blocks_related_links_links" CASCADE;
  DROP TABLE "campaigns_blocks_related_links" CASCADE;
  DROP TABLE "campaigns_blocks_helplines" CASCADE;
  DROP TABLE "campaigns_blocks_signs_of_exploitation" CASCADE;
  DROP TABLE "campaigns_blocks_sign_up_form" CASCADE;
  DROP TABLE "campaigns_blocks_story_teaser" CASCADE;
  DROP TABLE "campaigns" CASCADE;
  DROP TABLE "campaigns_locales" CASCADE;
  DROP TABLE "_campaigns_v_blocks_rich_text" CASCADE;
  DROP TABLE "_campaigns_v_blocks_image" CASCADE;
  DROP TABLE "_campaigns_v_blocks_pull_quote" CASCADE;
  DROP TABLE "_campaigns_v_blocks_statistic" CASCADE;
  DROP TABLE "_campaigns_v_blocks_call_to_action_links" CASCADE;
  DROP TABLE "_campaigns_v_blocks_call_to_action" CASCADE;
  DROP TABLE "_campaigns_v_blocks_related_links_links" CASCADE;
  DROP TABLE "_campaigns_v_blocks_related_links" CASCADE;
  DROP TABLE "_campaigns_v_blocks_helplines" CASCADE;
  DROP TABLE "_campaigns_v_blocks_signs_of_exploitation" CASCADE;
  DROP TABLE "_campaigns_v_blocks_sign_up_form" CASCADE;
  DROP TABLE "_campaigns_v_blocks_story_teaser" CASCADE;
  DROP TABLE "_campaigns_v" CASCADE;
  DROP TABLE "_campaigns_v_locales" CASCADE;
  DROP TABLE "signatures" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_stories_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_consent_forms_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_campaigns_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_signatures_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'sendMail', 'deleteUnconfirmedSignUps', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'sendMail', 'deleteUnconfirmedSignUps', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_stories_id_idx";
  DROP INDEX "payload_locked_documents_rels_consent_forms_id_idx";
  DROP INDEX "payload_locked_documents_rels_campaigns_id_idx";
  DROP INDEX "payload_locked_documents_rels_signatures_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "stories_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "consent_forms_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "campaigns_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "signatures_id";
  DROP TYPE "public"."enum_stories_consent_scope";
  DROP TYPE "public"."enum_stories_form_of_exploitation";
  DROP TYPE "public"."enum_stories_status";
  DROP TYPE "public"."enum__stories_v_version_consent_scope";
  DROP TYPE "public"."enum__stories_v_version_form_of_exploitation";
  DROP TYPE "public"."enum__stories_v_version_status";
  DROP TYPE "public"."enum__stories_v_published_locale";
  DROP TYPE "public"."enum_campaigns_blocks_image_width";
  DROP TYPE "public"."enum_campaigns_blocks_call_to_action_links_type";
  DROP TYPE "public"."enum_campaigns_blocks_call_to_action_links_style";
  DROP TYPE "public"."enum_campaigns_blocks_related_links_links_type";
  DROP TYPE "public"."enum_campaigns_campaign_status";
  DROP TYPE "public"."enum_campaigns_status";
  DROP TYPE "public"."enum__campaigns_v_blocks_image_width";
  DROP TYPE "public"."enum__campaigns_v_blocks_call_to_action_links_type";
  DROP TYPE "public"."enum__campaigns_v_blocks_call_to_action_links_style";
  DROP TYPE "public"."enum__campaigns_v_blocks_related_links_links_type";
  DROP TYPE "public"."enum__campaigns_v_version_campaign_status";
  DROP TYPE "public"."enum__campaigns_v_version_status";
  DROP TYPE "public"."enum__campaigns_v_published_locale";`)
}
