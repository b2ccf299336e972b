import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`pages_blocks_helplines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_helplines_order_idx\` ON \`pages_blocks_helplines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_helplines_parent_id_idx\` ON \`pages_blocks_helplines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_helplines_path_idx\` ON \`pages_blocks_helplines\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_helplines_locale_idx\` ON \`pages_blocks_helplines\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_signs_of_exploitation\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_signs_of_exploitation_order_idx\` ON \`pages_blocks_signs_of_exploitation\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_signs_of_exploitation_parent_id_idx\` ON \`pages_blocks_signs_of_exploitation\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_signs_of_exploitation_path_idx\` ON \`pages_blocks_signs_of_exploitation\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_signs_of_exploitation_locale_idx\` ON \`pages_blocks_signs_of_exploitation\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_sign_up_form\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_sign_up_form_order_idx\` ON \`pages_blocks_sign_up_form\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_sign_up_form_parent_id_idx\` ON \`pages_blocks_sign_up_form\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_sign_up_form_path_idx\` ON \`pages_blocks_sign_up_form\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_sign_up_form_locale_idx\` ON \`pages_blocks_sign_up_form\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_helplines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_helplines_order_idx\` ON \`_pages_v_blocks_helplines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_helplines_parent_id_idx\` ON \`_pages_v_blocks_helplines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_helplines_path_idx\` ON \`_pages_v_blocks_helplines\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_helplines_locale_idx\` ON \`_pages_v_blocks_helplines\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_signs_of_exploitation\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_signs_of_exploitation_order_idx\` ON \`_pages_v_blocks_signs_of_exploitation\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_signs_of_exploitation_parent_id_idx\` ON \`_pages_v_blocks_signs_of_exploitation\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_signs_of_exploitation_path_idx\` ON \`_pages_v_blocks_signs_of_exploitation\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_signs_of_exploitation_locale_idx\` ON \`_pages_v_blocks_signs_of_exploitation\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_sign_up_form\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_sign_up_form_order_idx\` ON \`_pages_v_blocks_sign_up_form\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_sign_up_form_parent_id_idx\` ON \`_pages_v_blocks_sign_up_form\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_sign_up_form_path_idx\` ON \`_pages_v_blocks_sign_up_form\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_sign_up_form_locale_idx\` ON \`_pages_v_blocks_sign_up_form\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`news_blocks_helplines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_blocks_helplines_order_idx\` ON \`news_blocks_helplines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`news_blocks_helplines_parent_id_idx\` ON \`news_blocks_helplines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_blocks_helplines_path_idx\` ON \`news_blocks_helplines\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`news_blocks_helplines_locale_idx\` ON \`news_blocks_helplines\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`news_blocks_signs_of_exploitation\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_blocks_signs_of_exploitation_order_idx\` ON \`news_blocks_signs_of_exploitation\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`news_blocks_signs_of_exploitation_parent_id_idx\` ON \`news_blocks_signs_of_exploitation\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_blocks_signs_of_exploitation_path_idx\` ON \`news_blocks_signs_of_exploitation\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`news_blocks_signs_of_exploitation_locale_idx\` ON \`news_blocks_signs_of_exploitation\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`news_blocks_sign_up_form\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_blocks_sign_up_form_order_idx\` ON \`news_blocks_sign_up_form\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`news_blocks_sign_up_form_parent_id_idx\` ON \`news_blocks_sign_up_form\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_blocks_sign_up_form_path_idx\` ON \`news_blocks_sign_up_form\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`news_blocks_sign_up_form_locale_idx\` ON \`news_blocks_sign_up_form\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_blocks_helplines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_blocks_helplines_order_idx\` ON \`_news_v_blocks_helplines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_blocks_helplines_parent_id_idx\` ON \`_news_v_blocks_helplines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_blocks_helplines_path_idx\` ON \`_news_v_blocks_helplines\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_blocks_helplines_locale_idx\` ON \`_news_v_blocks_helplines\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_blocks_signs_of_exploitation\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_blocks_signs_of_exploitation_order_idx\` ON \`_news_v_blocks_signs_of_exploitation\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_blocks_signs_of_exploitation_parent_id_idx\` ON \`_news_v_blocks_signs_of_exploitation\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_blocks_signs_of_exploitation_path_idx\` ON \`_news_v_blocks_signs_of_exploitation\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_blocks_signs_of_exploitation_locale_idx\` ON \`_news_v_blocks_signs_of_exploitation\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_blocks_sign_up_form\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_blocks_sign_up_form_order_idx\` ON \`_news_v_blocks_sign_up_form\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_blocks_sign_up_form_parent_id_idx\` ON \`_news_v_blocks_sign_up_form\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_blocks_sign_up_form_path_idx\` ON \`_news_v_blocks_sign_up_form\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_blocks_sign_up_form_locale_idx\` ON \`_news_v_blocks_sign_up_form\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`page_views\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`day\` text NOT NULL,
  	\`path\` text NOT NULL,
  	\`referrer\` text NOT NULL,
  	\`views\` numeric NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`page_views_day_idx\` ON \`page_views\` (\`day\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`day_path_referrer_idx\` ON \`page_views\` (\`day\`,\`path\`,\`referrer\`);`)
  await db.run(sql`CREATE TABLE \`mail_outbox\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`to\` text NOT NULL,
  	\`category\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`subject\` text NOT NULL,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`delivered_via\` text,
  	\`attempts\` numeric DEFAULT 0 NOT NULL,
  	\`sent_at\` text,
  	\`text\` text NOT NULL,
  	\`html\` text NOT NULL,
  	\`idempotency_key\` text NOT NULL,
  	\`unsubscribe_url\` text,
  	\`message_id\` text,
  	\`last_error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`mail_outbox_category_idx\` ON \`mail_outbox\` (\`category\`);`)
  await db.run(sql`CREATE INDEX \`mail_outbox_status_idx\` ON \`mail_outbox\` (\`status\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`mail_outbox_idempotency_key_idx\` ON \`mail_outbox\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`mail_outbox_updated_at_idx\` ON \`mail_outbox\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mail_outbox_created_at_idx\` ON \`mail_outbox\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`supporters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`email\` text,
  	\`email_key\` text,
  	\`first_name\` text,
  	\`locale\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`interests\` text,
  	\`confirmed_at\` text,
  	\`unsubscribed_at\` text,
  	\`erased_at\` text,
  	\`confirm_token_hash\` text,
  	\`confirm_token_expires_at\` text,
  	\`manage_key\` text,
  	\`manage_token_hash\` text,
  	\`suppression_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`supporters_email_key_idx\` ON \`supporters\` (\`email_key\`);`)
  await db.run(sql`CREATE INDEX \`supporters_status_idx\` ON \`supporters\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`supporters_confirm_token_hash_idx\` ON \`supporters\` (\`confirm_token_hash\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`supporters_manage_token_hash_idx\` ON \`supporters\` (\`manage_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`supporters_suppression_hash_idx\` ON \`supporters\` (\`suppression_hash\`);`)
  await db.run(sql`CREATE INDEX \`supporters_updated_at_idx\` ON \`supporters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`supporters_created_at_idx\` ON \`supporters\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`consents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`kind\` text NOT NULL,
  	\`supporter_id\` integer,
  	\`wording_version\` numeric,
  	\`form\` text,
  	\`page_path\` text,
  	\`locale\` text,
  	\`interests\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`supporter_id\`) REFERENCES \`supporters\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`consents_supporter_idx\` ON \`consents\` (\`supporter_id\`);`)
  await db.run(sql`CREATE INDEX \`consents_updated_at_idx\` ON \`consents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`consents_created_at_idx\` ON \`consents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_helplines\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`country\` text NOT NULL,
  	\`number\` text NOT NULL,
  	\`emergency_number\` text NOT NULL,
  	\`website\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_helplines_order_idx\` ON \`site_settings_helplines\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_helplines_parent_id_idx\` ON \`site_settings_helplines\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_helplines_locales\` (
  	\`country_name\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`hours\` text NOT NULL,
  	\`languages\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings_helplines\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_helplines_locales_locale_parent_id_unique\` ON \`site_settings_helplines_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_interests\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_interests_order_idx\` ON \`site_settings_interests\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_interests_parent_id_idx\` ON \`site_settings_interests\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_interests_locales\` (
  	\`label\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings_interests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_interests_locales_locale_parent_id_unique\` ON \`site_settings_interests_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`consent_wording\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`consent_wording_locales\` (
  	\`text\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`consent_wording\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`consent_wording_locales_locale_parent_id_unique\` ON \`consent_wording_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_consent_wording_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`_consent_wording_v_created_at_idx\` ON \`_consent_wording_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_consent_wording_v_updated_at_idx\` ON \`_consent_wording_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_consent_wording_v_locales\` (
  	\`version_text\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_consent_wording_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`_consent_wording_v_locales_locale_parent_id_unique\` ON \`_consent_wording_v_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`meta\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`page_views_id\` integer REFERENCES page_views(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`mail_outbox_id\` integer REFERENCES mail_outbox(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`supporters_id\` integer REFERENCES supporters(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`consents_id\` integer REFERENCES consents(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_page_views_id_idx\` ON \`payload_locked_documents_rels\` (\`page_views_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_outbox_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_supporters_id_idx\` ON \`payload_locked_documents_rels\` (\`supporters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consents_id_idx\` ON \`payload_locked_documents_rels\` (\`consents_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`safety_quick_exit_url\` text DEFAULT 'https://www.bbc.co.uk/weather' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`safety_quick_exit_on_every_page\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`safety_neutral_titles\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`old_news_after_years\` numeric DEFAULT 2;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`pages_blocks_helplines\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_signs_of_exploitation\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_sign_up_form\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_helplines\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_signs_of_exploitation\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_sign_up_form\`;`)
  await db.run(sql`DROP TABLE \`news_blocks_helplines\`;`)
  await db.run(sql`DROP TABLE \`news_blocks_signs_of_exploitation\`;`)
  await db.run(sql`DROP TABLE \`news_blocks_sign_up_form\`;`)
  await db.run(sql`DROP TABLE \`_news_v_blocks_helplines\`;`)
  await db.run(sql`DROP TABLE \`_news_v_blocks_signs_of_exploitation\`;`)
  await db.run(sql`DROP TABLE \`_news_v_blocks_sign_up_form\`;`)
  await db.run(sql`DROP TABLE \`page_views\`;`)
  await db.run(sql`DROP TABLE \`mail_outbox\`;`)
  await db.run(sql`DROP TABLE \`supporters\`;`)
  await db.run(sql`DROP TABLE \`consents\`;`)
  await db.run(sql`DROP TABLE \`site_settings_helplines\`;`)
  await db.run(sql`DROP TABLE \`site_settings_helplines_locales\`;`)
  await db.run(sql`DROP TABLE \`site_settings_interests\`;`)
  await db.run(sql`DROP TABLE \`site_settings_interests_locales\`;`)
  await db.run(sql`DROP TABLE \`consent_wording\`;`)
  await db.run(sql`DROP TABLE \`consent_wording_locales\`;`)
  await db.run(sql`DROP TABLE \`_consent_wording_v\`;`)
  await db.run(sql`DROP TABLE \`_consent_wording_v_locales\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "news_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "pages_id", "news_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`meta\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`safety_quick_exit_url\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`safety_quick_exit_on_every_page\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`safety_neutral_titles\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`old_news_after_years\`;`)
}
