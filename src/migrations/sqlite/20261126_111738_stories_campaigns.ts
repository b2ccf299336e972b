import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`pages_blocks_story_teaser\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`story_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`story_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_story_teaser_order_idx\` ON \`pages_blocks_story_teaser\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_story_teaser_parent_id_idx\` ON \`pages_blocks_story_teaser\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_story_teaser_path_idx\` ON \`pages_blocks_story_teaser\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_story_teaser_locale_idx\` ON \`pages_blocks_story_teaser\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_story_teaser_story_idx\` ON \`pages_blocks_story_teaser\` (\`story_id\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_story_teaser\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`story_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`story_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_story_teaser_order_idx\` ON \`_pages_v_blocks_story_teaser\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_story_teaser_parent_id_idx\` ON \`_pages_v_blocks_story_teaser\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_story_teaser_path_idx\` ON \`_pages_v_blocks_story_teaser\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_story_teaser_locale_idx\` ON \`_pages_v_blocks_story_teaser\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_story_teaser_story_idx\` ON \`_pages_v_blocks_story_teaser\` (\`story_id\`);`)
  await db.run(sql`CREATE TABLE \`news_blocks_story_teaser\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`story_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`story_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_blocks_story_teaser_order_idx\` ON \`news_blocks_story_teaser\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`news_blocks_story_teaser_parent_id_idx\` ON \`news_blocks_story_teaser\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_blocks_story_teaser_path_idx\` ON \`news_blocks_story_teaser\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`news_blocks_story_teaser_locale_idx\` ON \`news_blocks_story_teaser\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`news_blocks_story_teaser_story_idx\` ON \`news_blocks_story_teaser\` (\`story_id\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_blocks_story_teaser\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`story_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`story_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_blocks_story_teaser_order_idx\` ON \`_news_v_blocks_story_teaser\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_blocks_story_teaser_parent_id_idx\` ON \`_news_v_blocks_story_teaser\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_blocks_story_teaser_path_idx\` ON \`_news_v_blocks_story_teaser\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_blocks_story_teaser_locale_idx\` ON \`_news_v_blocks_story_teaser\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_blocks_story_teaser_story_idx\` ON \`_news_v_blocks_story_teaser\` (\`story_id\`);`)
  await db.run(sql`CREATE TABLE \`stories_consent_scope\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`stories_consent_scope_order_idx\` ON \`stories_consent_scope\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`stories_consent_scope_parent_idx\` ON \`stories_consent_scope\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`stories\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`display_name\` text,
  	\`name_changed\` integer DEFAULT true,
  	\`slug\` text,
  	\`portrait_id\` integer,
  	\`country\` text,
  	\`form_of_exploitation\` text,
  	\`consent_given_on\` text,
  	\`consent_review_by\` text,
  	\`consent_withdrawn_on\` text,
  	\`consent_signed_form_id\` integer,
  	\`consent_review_reminder_sent_for\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`portrait_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`consent_signed_form_id\`) REFERENCES \`consent_forms\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`stories_slug_idx\` ON \`stories\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`stories_portrait_idx\` ON \`stories\` (\`portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_form_of_exploitation_idx\` ON \`stories\` (\`form_of_exploitation\`);`)
  await db.run(sql`CREATE INDEX \`stories_consent_consent_review_by_idx\` ON \`stories\` (\`consent_review_by\`);`)
  await db.run(sql`CREATE INDEX \`stories_consent_consent_signed_form_idx\` ON \`stories\` (\`consent_signed_form_id\`);`)
  await db.run(sql`CREATE INDEX \`stories_updated_at_idx\` ON \`stories\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`stories_created_at_idx\` ON \`stories\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`stories__status_idx\` ON \`stories\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`stories_locales\` (
  	\`pull_quote\` text,
  	\`content_warning\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`stories_locales_locale_parent_id_unique\` ON \`stories_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v_version_consent_scope\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_stories_v_version_consent_scope_order_idx\` ON \`_stories_v_version_consent_scope\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_consent_scope_parent_idx\` ON \`_stories_v_version_consent_scope\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_display_name\` text,
  	\`version_name_changed\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_portrait_id\` integer,
  	\`version_country\` text,
  	\`version_form_of_exploitation\` text,
  	\`version_consent_given_on\` text,
  	\`version_consent_review_by\` text,
  	\`version_consent_withdrawn_on\` text,
  	\`version_consent_signed_form_id\` integer,
  	\`version_consent_review_reminder_sent_for\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_portrait_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_consent_signed_form_id\`) REFERENCES \`consent_forms\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_stories_v_parent_idx\` ON \`_stories_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_slug_idx\` ON \`_stories_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_portrait_idx\` ON \`_stories_v\` (\`version_portrait_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_form_of_exploitation_idx\` ON \`_stories_v\` (\`version_form_of_exploitation\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_consent_version_consent_review_by_idx\` ON \`_stories_v\` (\`version_consent_review_by\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_consent_version_consent_signed_form_idx\` ON \`_stories_v\` (\`version_consent_signed_form_id\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_updated_at_idx\` ON \`_stories_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version_created_at_idx\` ON \`_stories_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_version_version__status_idx\` ON \`_stories_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_created_at_idx\` ON \`_stories_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_updated_at_idx\` ON \`_stories_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_snapshot_idx\` ON \`_stories_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_published_locale_idx\` ON \`_stories_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_stories_v_latest_idx\` ON \`_stories_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_stories_v_locales\` (
  	\`version_pull_quote\` text,
  	\`version_content_warning\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_stories_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_stories_v_locales_locale_parent_id_unique\` ON \`_stories_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`consent_forms\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`consent_forms_updated_at_idx\` ON \`consent_forms\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consent_forms_created_at_idx\` ON \`consent_forms\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`consent_forms_filename_idx\` ON \`consent_forms\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`content\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_rich_text_order_idx\` ON \`campaigns_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_rich_text_parent_id_idx\` ON \`campaigns_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_rich_text_path_idx\` ON \`campaigns_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_rich_text_locale_idx\` ON \`campaigns_blocks_rich_text\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_image\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`caption\` text,
  	\`width\` text DEFAULT 'content',
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_image_order_idx\` ON \`campaigns_blocks_image\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_image_parent_id_idx\` ON \`campaigns_blocks_image\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_image_path_idx\` ON \`campaigns_blocks_image\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_image_locale_idx\` ON \`campaigns_blocks_image\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_image_image_idx\` ON \`campaigns_blocks_image\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_pull_quote\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`quote\` text,
  	\`attribution\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_pull_quote_order_idx\` ON \`campaigns_blocks_pull_quote\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_pull_quote_parent_id_idx\` ON \`campaigns_blocks_pull_quote\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_pull_quote_path_idx\` ON \`campaigns_blocks_pull_quote\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_pull_quote_locale_idx\` ON \`campaigns_blocks_pull_quote\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_statistic\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`value\` text,
  	\`label\` text,
  	\`source\` text,
  	\`source_url\` text,
  	\`date\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_statistic_order_idx\` ON \`campaigns_blocks_statistic\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_statistic_parent_id_idx\` ON \`campaigns_blocks_statistic\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_statistic_path_idx\` ON \`campaigns_blocks_statistic\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_statistic_locale_idx\` ON \`campaigns_blocks_statistic\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_call_to_action_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`type\` text DEFAULT 'page',
  	\`page_id\` integer,
  	\`url\` text,
  	\`style\` text DEFAULT 'primary',
  	FOREIGN KEY (\`page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_blocks_call_to_action\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_call_to_action_links_order_idx\` ON \`campaigns_blocks_call_to_action_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_call_to_action_links_parent_id_idx\` ON \`campaigns_blocks_call_to_action_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_call_to_action_links_locale_idx\` ON \`campaigns_blocks_call_to_action_links\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_call_to_action_links_page_idx\` ON \`campaigns_blocks_call_to_action_links\` (\`page_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_call_to_action\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_call_to_action_order_idx\` ON \`campaigns_blocks_call_to_action\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_call_to_action_parent_id_idx\` ON \`campaigns_blocks_call_to_action\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_call_to_action_path_idx\` ON \`campaigns_blocks_call_to_action\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_call_to_action_locale_idx\` ON \`campaigns_blocks_call_to_action\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_related_links_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`type\` text DEFAULT 'page',
  	\`page_id\` integer,
  	\`url\` text,
  	FOREIGN KEY (\`page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_blocks_related_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_related_links_links_order_idx\` ON \`campaigns_blocks_related_links_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_related_links_links_parent_id_idx\` ON \`campaigns_blocks_related_links_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_related_links_links_locale_idx\` ON \`campaigns_blocks_related_links_links\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_related_links_links_page_idx\` ON \`campaigns_blocks_related_links_links\` (\`page_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_related_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Find out more',
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_related_links_order_idx\` ON \`campaigns_blocks_related_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_related_links_parent_id_idx\` ON \`campaigns_blocks_related_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_related_links_path_idx\` ON \`campaigns_blocks_related_links\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_related_links_locale_idx\` ON \`campaigns_blocks_related_links\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_helplines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_helplines_order_idx\` ON \`campaigns_blocks_helplines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_helplines_parent_id_idx\` ON \`campaigns_blocks_helplines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_helplines_path_idx\` ON \`campaigns_blocks_helplines\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_helplines_locale_idx\` ON \`campaigns_blocks_helplines\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_signs_of_exploitation\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_signs_of_exploitation_order_idx\` ON \`campaigns_blocks_signs_of_exploitation\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_signs_of_exploitation_parent_id_idx\` ON \`campaigns_blocks_signs_of_exploitation\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_signs_of_exploitation_path_idx\` ON \`campaigns_blocks_signs_of_exploitation\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_signs_of_exploitation_locale_idx\` ON \`campaigns_blocks_signs_of_exploitation\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_sign_up_form\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_sign_up_form_order_idx\` ON \`campaigns_blocks_sign_up_form\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_sign_up_form_parent_id_idx\` ON \`campaigns_blocks_sign_up_form\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_sign_up_form_path_idx\` ON \`campaigns_blocks_sign_up_form\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_sign_up_form_locale_idx\` ON \`campaigns_blocks_sign_up_form\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_story_teaser\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`story_id\` integer,
  	\`block_name\` text,
  	FOREIGN KEY (\`story_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_story_teaser_order_idx\` ON \`campaigns_blocks_story_teaser\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_story_teaser_parent_id_idx\` ON \`campaigns_blocks_story_teaser\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_story_teaser_path_idx\` ON \`campaigns_blocks_story_teaser\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_story_teaser_locale_idx\` ON \`campaigns_blocks_story_teaser\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_story_teaser_story_idx\` ON \`campaigns_blocks_story_teaser\` (\`story_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`hero_image_id\` integer,
  	\`target\` text,
  	\`petition_version\` numeric DEFAULT 1,
  	\`signature_goal\` numeric DEFAULT 1000,
  	\`deadline\` text,
  	\`status\` text DEFAULT 'open',
  	\`slug\` text,
  	\`seo_image_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_hero_hero_image_idx\` ON \`campaigns\` (\`hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_deadline_idx\` ON \`campaigns\` (\`deadline\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_status_idx\` ON \`campaigns\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_slug_idx\` ON \`campaigns\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_seo_seo_image_idx\` ON \`campaigns\` (\`seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns__status_idx\` ON \`campaigns\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`hero_intro\` text,
  	\`petition_text\` text,
  	\`outcome\` text,
  	\`seo_title\` text,
  	\`seo_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`campaigns_locales_locale_parent_id_unique\` ON \`campaigns_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_rich_text\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`content\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_rich_text_order_idx\` ON \`_campaigns_v_blocks_rich_text\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_rich_text_parent_id_idx\` ON \`_campaigns_v_blocks_rich_text\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_rich_text_path_idx\` ON \`_campaigns_v_blocks_rich_text\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_rich_text_locale_idx\` ON \`_campaigns_v_blocks_rich_text\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_image\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`image_id\` integer,
  	\`caption\` text,
  	\`width\` text DEFAULT 'content',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_image_order_idx\` ON \`_campaigns_v_blocks_image\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_image_parent_id_idx\` ON \`_campaigns_v_blocks_image\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_image_path_idx\` ON \`_campaigns_v_blocks_image\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_image_locale_idx\` ON \`_campaigns_v_blocks_image\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_image_image_idx\` ON \`_campaigns_v_blocks_image\` (\`image_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_pull_quote\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`quote\` text,
  	\`attribution\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_pull_quote_order_idx\` ON \`_campaigns_v_blocks_pull_quote\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_pull_quote_parent_id_idx\` ON \`_campaigns_v_blocks_pull_quote\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_pull_quote_path_idx\` ON \`_campaigns_v_blocks_pull_quote\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_pull_quote_locale_idx\` ON \`_campaigns_v_blocks_pull_quote\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_statistic\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` text,
  	\`label\` text,
  	\`source\` text,
  	\`source_url\` text,
  	\`date\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_statistic_order_idx\` ON \`_campaigns_v_blocks_statistic\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_statistic_parent_id_idx\` ON \`_campaigns_v_blocks_statistic\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_statistic_path_idx\` ON \`_campaigns_v_blocks_statistic\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_statistic_locale_idx\` ON \`_campaigns_v_blocks_statistic\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_call_to_action_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`type\` text DEFAULT 'page',
  	\`page_id\` integer,
  	\`url\` text,
  	\`style\` text DEFAULT 'primary',
  	\`_uuid\` text,
  	FOREIGN KEY (\`page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_blocks_call_to_action\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_call_to_action_links_order_idx\` ON \`_campaigns_v_blocks_call_to_action_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_call_to_action_links_parent_id_idx\` ON \`_campaigns_v_blocks_call_to_action_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_call_to_action_links_locale_idx\` ON \`_campaigns_v_blocks_call_to_action_links\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_call_to_action_links_page_idx\` ON \`_campaigns_v_blocks_call_to_action_links\` (\`page_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_call_to_action\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_call_to_action_order_idx\` ON \`_campaigns_v_blocks_call_to_action\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_call_to_action_parent_id_idx\` ON \`_campaigns_v_blocks_call_to_action\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_call_to_action_path_idx\` ON \`_campaigns_v_blocks_call_to_action\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_call_to_action_locale_idx\` ON \`_campaigns_v_blocks_call_to_action\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_related_links_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`type\` text DEFAULT 'page',
  	\`page_id\` integer,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`page_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_blocks_related_links\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_related_links_links_order_idx\` ON \`_campaigns_v_blocks_related_links_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_related_links_links_parent_id_idx\` ON \`_campaigns_v_blocks_related_links_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_related_links_links_locale_idx\` ON \`_campaigns_v_blocks_related_links_links\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_related_links_links_page_idx\` ON \`_campaigns_v_blocks_related_links_links\` (\`page_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_related_links\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text DEFAULT 'Find out more',
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_related_links_order_idx\` ON \`_campaigns_v_blocks_related_links\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_related_links_parent_id_idx\` ON \`_campaigns_v_blocks_related_links\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_related_links_path_idx\` ON \`_campaigns_v_blocks_related_links\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_related_links_locale_idx\` ON \`_campaigns_v_blocks_related_links\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_helplines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_helplines_order_idx\` ON \`_campaigns_v_blocks_helplines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_helplines_parent_id_idx\` ON \`_campaigns_v_blocks_helplines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_helplines_path_idx\` ON \`_campaigns_v_blocks_helplines\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_helplines_locale_idx\` ON \`_campaigns_v_blocks_helplines\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_signs_of_exploitation\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_signs_of_exploitation_order_idx\` ON \`_campaigns_v_blocks_signs_of_exploitation\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_signs_of_exploitation_parent_id_idx\` ON \`_campaigns_v_blocks_signs_of_exploitation\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_signs_of_exploitation_path_idx\` ON \`_campaigns_v_blocks_signs_of_exploitation\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_signs_of_exploitation_locale_idx\` ON \`_campaigns_v_blocks_signs_of_exploitation\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_sign_up_form\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_sign_up_form_order_idx\` ON \`_campaigns_v_blocks_sign_up_form\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_sign_up_form_parent_id_idx\` ON \`_campaigns_v_blocks_sign_up_form\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_sign_up_form_path_idx\` ON \`_campaigns_v_blocks_sign_up_form\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_sign_up_form_locale_idx\` ON \`_campaigns_v_blocks_sign_up_form\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_story_teaser\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`story_id\` integer,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`story_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_story_teaser_order_idx\` ON \`_campaigns_v_blocks_story_teaser\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_story_teaser_parent_id_idx\` ON \`_campaigns_v_blocks_story_teaser\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_story_teaser_path_idx\` ON \`_campaigns_v_blocks_story_teaser\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_story_teaser_locale_idx\` ON \`_campaigns_v_blocks_story_teaser\` (\`_locale\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_story_teaser_story_idx\` ON \`_campaigns_v_blocks_story_teaser\` (\`story_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_hero_image_id\` integer,
  	\`version_target\` text,
  	\`version_petition_version\` numeric DEFAULT 1,
  	\`version_signature_goal\` numeric DEFAULT 1000,
  	\`version_deadline\` text,
  	\`version_status\` text DEFAULT 'open',
  	\`version_slug\` text,
  	\`version_seo_image_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_hero_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_seo_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_parent_idx\` ON \`_campaigns_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_hero_version_hero_image_idx\` ON \`_campaigns_v\` (\`version_hero_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_deadline_idx\` ON \`_campaigns_v\` (\`version_deadline\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_status_idx\` ON \`_campaigns_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_slug_idx\` ON \`_campaigns_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_seo_version_seo_image_idx\` ON \`_campaigns_v\` (\`version_seo_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_updated_at_idx\` ON \`_campaigns_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_created_at_idx\` ON \`_campaigns_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version__status_idx\` ON \`_campaigns_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_created_at_idx\` ON \`_campaigns_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_updated_at_idx\` ON \`_campaigns_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_snapshot_idx\` ON \`_campaigns_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_published_locale_idx\` ON \`_campaigns_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_latest_idx\` ON \`_campaigns_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_autosave_idx\` ON \`_campaigns_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_hero_intro\` text,
  	\`version_petition_text\` text,
  	\`version_outcome\` text,
  	\`version_seo_title\` text,
  	\`version_seo_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_campaigns_v_locales_locale_parent_id_unique\` ON \`_campaigns_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`signatures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`campaign_id\` integer NOT NULL,
  	\`first_name\` text NOT NULL,
  	\`last_name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`campaign_email\` text,
  	\`country\` text NOT NULL,
  	\`postcode\` text,
  	\`petition_version\` numeric NOT NULL,
  	\`locale\` text NOT NULL,
  	\`verified\` integer DEFAULT false,
  	\`verified_at\` text,
  	\`confirm_token_hash\` text,
  	\`confirm_token_expires_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`signatures_campaign_idx\` ON \`signatures\` (\`campaign_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`signatures_campaign_email_idx\` ON \`signatures\` (\`campaign_email\`);`)
  await db.run(sql`CREATE INDEX \`signatures_verified_idx\` ON \`signatures\` (\`verified\`);`)
  await db.run(sql`CREATE INDEX \`signatures_confirm_token_hash_idx\` ON \`signatures\` (\`confirm_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`signatures_updated_at_idx\` ON \`signatures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`signatures_created_at_idx\` ON \`signatures\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`stories_id\` integer REFERENCES stories(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`consent_forms_id\` integer REFERENCES consent_forms(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`campaigns_id\` integer REFERENCES campaigns(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`signatures_id\` integer REFERENCES signatures(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`stories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consent_forms_id_idx\` ON \`payload_locked_documents_rels\` (\`consent_forms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_signatures_id_idx\` ON \`payload_locked_documents_rels\` (\`signatures_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`pages_blocks_story_teaser\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_story_teaser\`;`)
  await db.run(sql`DROP TABLE \`news_blocks_story_teaser\`;`)
  await db.run(sql`DROP TABLE \`_news_v_blocks_story_teaser\`;`)
  await db.run(sql`DROP TABLE \`stories_consent_scope\`;`)
  await db.run(sql`DROP TABLE \`stories\`;`)
  await db.run(sql`DROP TABLE \`stories_locales\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_version_consent_scope\`;`)
  await db.run(sql`DROP TABLE \`_stories_v\`;`)
  await db.run(sql`DROP TABLE \`_stories_v_locales\`;`)
  await db.run(sql`DROP TABLE \`consent_forms\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_image\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_pull_quote\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_statistic\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_call_to_action_links\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_call_to_action\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_related_links_links\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_related_links\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_helplines\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_signs_of_exploitation\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_sign_up_form\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_story_teaser\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns_locales\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_rich_text\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_image\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_pull_quote\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_statistic\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_call_to_action_links\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_call_to_action\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_related_links_links\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_related_links\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_helplines\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_signs_of_exploitation\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_sign_up_form\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_story_teaser\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_locales\`;`)
  await db.run(sql`DROP TABLE \`signatures\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`pages_id\` integer,
  	\`news_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`page_views_id\` integer,
  	\`mail_outbox_id\` integer,
  	\`supporters_id\` integer,
  	\`consents_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`page_views_id\`) REFERENCES \`page_views\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mail_outbox_id\`) REFERENCES \`mail_outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`supporters_id\`) REFERENCES \`supporters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consents_id\`) REFERENCES \`consents\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "news_id", "media_id", "users_id", "page_views_id", "mail_outbox_id", "supporters_id", "consents_id") SELECT "id", "order", "parent_id", "path", "pages_id", "news_id", "media_id", "users_id", "page_views_id", "mail_outbox_id", "supporters_id", "consents_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_page_views_id_idx\` ON \`payload_locked_documents_rels\` (\`page_views_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_outbox_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_supporters_id_idx\` ON \`payload_locked_documents_rels\` (\`supporters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consents_id_idx\` ON \`payload_locked_documents_rels\` (\`consents_id\`);`)
}
