import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`pages_blocks_donate_banner_amounts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`pounds\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages_blocks_donate_banner\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_donate_banner_amounts_order_idx\` ON \`pages_blocks_donate_banner_amounts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_donate_banner_amounts_parent_id_idx\` ON \`pages_blocks_donate_banner_amounts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_donate_banner_amounts_locale_idx\` ON \`pages_blocks_donate_banner_amounts\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`pages_blocks_donate_banner\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`frequency\` text DEFAULT 'one-off',
  	\`appeal\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`pages_blocks_donate_banner_order_idx\` ON \`pages_blocks_donate_banner\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_donate_banner_parent_id_idx\` ON \`pages_blocks_donate_banner\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_donate_banner_path_idx\` ON \`pages_blocks_donate_banner\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`pages_blocks_donate_banner_locale_idx\` ON \`pages_blocks_donate_banner\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_donate_banner_amounts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`pounds\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v_blocks_donate_banner\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_donate_banner_amounts_order_idx\` ON \`_pages_v_blocks_donate_banner_amounts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_donate_banner_amounts_parent_id_idx\` ON \`_pages_v_blocks_donate_banner_amounts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_donate_banner_amounts_locale_idx\` ON \`_pages_v_blocks_donate_banner_amounts\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_pages_v_blocks_donate_banner\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`frequency\` text DEFAULT 'one-off',
  	\`appeal\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_pages_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_donate_banner_order_idx\` ON \`_pages_v_blocks_donate_banner\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_donate_banner_parent_id_idx\` ON \`_pages_v_blocks_donate_banner\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_donate_banner_path_idx\` ON \`_pages_v_blocks_donate_banner\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_pages_v_blocks_donate_banner_locale_idx\` ON \`_pages_v_blocks_donate_banner\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`news_blocks_donate_banner_amounts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`pounds\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news_blocks_donate_banner\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_blocks_donate_banner_amounts_order_idx\` ON \`news_blocks_donate_banner_amounts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`news_blocks_donate_banner_amounts_parent_id_idx\` ON \`news_blocks_donate_banner_amounts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_blocks_donate_banner_amounts_locale_idx\` ON \`news_blocks_donate_banner_amounts\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`news_blocks_donate_banner\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`frequency\` text DEFAULT 'one-off',
  	\`appeal\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`news_blocks_donate_banner_order_idx\` ON \`news_blocks_donate_banner\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`news_blocks_donate_banner_parent_id_idx\` ON \`news_blocks_donate_banner\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`news_blocks_donate_banner_path_idx\` ON \`news_blocks_donate_banner\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`news_blocks_donate_banner_locale_idx\` ON \`news_blocks_donate_banner\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_blocks_donate_banner_amounts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`pounds\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v_blocks_donate_banner\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_blocks_donate_banner_amounts_order_idx\` ON \`_news_v_blocks_donate_banner_amounts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_blocks_donate_banner_amounts_parent_id_idx\` ON \`_news_v_blocks_donate_banner_amounts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_blocks_donate_banner_amounts_locale_idx\` ON \`_news_v_blocks_donate_banner_amounts\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_news_v_blocks_donate_banner\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`frequency\` text DEFAULT 'one-off',
  	\`appeal\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_news_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_news_v_blocks_donate_banner_order_idx\` ON \`_news_v_blocks_donate_banner\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_blocks_donate_banner_parent_id_idx\` ON \`_news_v_blocks_donate_banner\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_blocks_donate_banner_path_idx\` ON \`_news_v_blocks_donate_banner\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_news_v_blocks_donate_banner_locale_idx\` ON \`_news_v_blocks_donate_banner\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_donate_banner_amounts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`pounds\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns_blocks_donate_banner\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_donate_banner_amounts_order_idx\` ON \`campaigns_blocks_donate_banner_amounts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_donate_banner_amounts_parent_id_idx\` ON \`campaigns_blocks_donate_banner_amounts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_donate_banner_amounts_locale_idx\` ON \`campaigns_blocks_donate_banner_amounts\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_blocks_donate_banner\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`frequency\` text DEFAULT 'one-off',
  	\`appeal\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_donate_banner_order_idx\` ON \`campaigns_blocks_donate_banner\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_donate_banner_parent_id_idx\` ON \`campaigns_blocks_donate_banner\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_donate_banner_path_idx\` ON \`campaigns_blocks_donate_banner\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_blocks_donate_banner_locale_idx\` ON \`campaigns_blocks_donate_banner\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_donate_banner_amounts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`pounds\` numeric,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v_blocks_donate_banner\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_donate_banner_amounts_order_idx\` ON \`_campaigns_v_blocks_donate_banner_amounts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_donate_banner_amounts_parent_id_idx\` ON \`_campaigns_v_blocks_donate_banner_amounts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_donate_banner_amounts_locale_idx\` ON \`_campaigns_v_blocks_donate_banner_amounts\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_blocks_donate_banner\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`_path\` text NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text,
  	\`text\` text,
  	\`frequency\` text DEFAULT 'one-off',
  	\`appeal\` text,
  	\`_uuid\` text,
  	\`block_name\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_donate_banner_order_idx\` ON \`_campaigns_v_blocks_donate_banner\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_donate_banner_parent_id_idx\` ON \`_campaigns_v_blocks_donate_banner\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_donate_banner_path_idx\` ON \`_campaigns_v_blocks_donate_banner\` (\`_path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_blocks_donate_banner_locale_idx\` ON \`_campaigns_v_blocks_donate_banner\` (\`_locale\`);`)
  await db.run(sql`CREATE TABLE \`donations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`amount_pence\` numeric NOT NULL,
  	\`currency\` text DEFAULT 'gbp' NOT NULL,
  	\`frequency\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`paid_at\` text,
  	\`first_name\` text NOT NULL,
  	\`last_name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`campaign_id\` integer,
  	\`appeal\` text,
  	\`gift_aid_id\` integer,
  	\`regular_gift_id\` integer,
  	\`checkout_session_id\` text,
  	\`invoice_id\` text,
  	\`payment_intent_id\` text,
  	\`refunded_pence\` numeric DEFAULT 0,
  	\`refunded_at\` text,
  	\`claim_adjustment\` text,
  	\`gift_aid_claim_id\` integer,
  	\`return_token_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`gift_aid_id\`) REFERENCES \`gift_aid_declarations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`regular_gift_id\`) REFERENCES \`regular_gifts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`gift_aid_claim_id\`) REFERENCES \`gift_aid_claims\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`donations_status_idx\` ON \`donations\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`donations_paid_at_idx\` ON \`donations\` (\`paid_at\`);`)
  await db.run(sql`CREATE INDEX \`donations_email_idx\` ON \`donations\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`donations_campaign_idx\` ON \`donations\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`donations_appeal_idx\` ON \`donations\` (\`appeal\`);`)
  await db.run(sql`CREATE INDEX \`donations_gift_aid_idx\` ON \`donations\` (\`gift_aid_id\`);`)
  await db.run(sql`CREATE INDEX \`donations_regular_gift_idx\` ON \`donations\` (\`regular_gift_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`donations_checkout_session_id_idx\` ON \`donations\` (\`checkout_session_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`donations_invoice_id_idx\` ON \`donations\` (\`invoice_id\`);`)
  await db.run(sql`CREATE INDEX \`donations_payment_intent_id_idx\` ON \`donations\` (\`payment_intent_id\`);`)
  await db.run(sql`CREATE INDEX \`donations_gift_aid_claim_idx\` ON \`donations\` (\`gift_aid_claim_id\`);`)
  await db.run(sql`CREATE INDEX \`donations_return_token_hash_idx\` ON \`donations\` (\`return_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`donations_updated_at_idx\` ON \`donations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`donations_created_at_idx\` ON \`donations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`regular_gifts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`amount_pence\` numeric NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`started_at\` text,
  	\`cancelled_at\` text,
  	\`first_name\` text NOT NULL,
  	\`last_name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`campaign_id\` integer,
  	\`appeal\` text,
  	\`gift_aid_id\` integer,
  	\`checkout_session_id\` text,
  	\`subscription_id\` text,
  	\`customer_id\` text,
  	\`manage_key\` text,
  	\`manage_token_hash\` text,
  	\`return_token_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`campaign_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`gift_aid_id\`) REFERENCES \`gift_aid_declarations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`regular_gifts_status_idx\` ON \`regular_gifts\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`regular_gifts_email_idx\` ON \`regular_gifts\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`regular_gifts_campaign_idx\` ON \`regular_gifts\` (\`campaign_id\`);`)
  await db.run(sql`CREATE INDEX \`regular_gifts_appeal_idx\` ON \`regular_gifts\` (\`appeal\`);`)
  await db.run(sql`CREATE INDEX \`regular_gifts_gift_aid_idx\` ON \`regular_gifts\` (\`gift_aid_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`regular_gifts_checkout_session_id_idx\` ON \`regular_gifts\` (\`checkout_session_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`regular_gifts_subscription_id_idx\` ON \`regular_gifts\` (\`subscription_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`regular_gifts_manage_key_idx\` ON \`regular_gifts\` (\`manage_key\`);`)
  await db.run(sql`CREATE INDEX \`regular_gifts_manage_token_hash_idx\` ON \`regular_gifts\` (\`manage_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`regular_gifts_return_token_hash_idx\` ON \`regular_gifts\` (\`return_token_hash\`);`)
  await db.run(sql`CREATE INDEX \`regular_gifts_updated_at_idx\` ON \`regular_gifts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`regular_gifts_created_at_idx\` ON \`regular_gifts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`gift_aid_declarations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`first_name\` text NOT NULL,
  	\`last_name\` text NOT NULL,
  	\`house_name_or_number\` text NOT NULL,
  	\`postcode\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`scope\` text NOT NULL,
  	\`declared_at\` text NOT NULL,
  	\`wording_version\` text NOT NULL,
  	\`wording\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`cancelled_at\` text,
  	\`cancellation_note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`gift_aid_declarations_email_idx\` ON \`gift_aid_declarations\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`gift_aid_declarations_declared_at_idx\` ON \`gift_aid_declarations\` (\`declared_at\`);`)
  await db.run(sql`CREATE INDEX \`gift_aid_declarations_cancelled_at_idx\` ON \`gift_aid_declarations\` (\`cancelled_at\`);`)
  await db.run(sql`CREATE INDEX \`gift_aid_declarations_updated_at_idx\` ON \`gift_aid_declarations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`gift_aid_declarations_created_at_idx\` ON \`gift_aid_declarations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`gift_aid_claims\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text,
  	\`status\` text DEFAULT 'prepared' NOT NULL,
  	\`reference\` text,
  	\`claimed_at\` text,
  	\`donation_count\` numeric DEFAULT 0,
  	\`total_pence\` numeric DEFAULT 0,
  	\`gift_aid_pence\` numeric DEFAULT 0,
  	\`downloaded_at\` text,
  	\`schedule\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`gift_aid_claims_reference_idx\` ON \`gift_aid_claims\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`gift_aid_claims_updated_at_idx\` ON \`gift_aid_claims\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`gift_aid_claims_created_at_idx\` ON \`gift_aid_claims\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`stripe_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`event_id\` text NOT NULL,
  	\`type\` text NOT NULL,
  	\`object_id\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`stripe_events_event_id_idx\` ON \`stripe_events\` (\`event_id\`);`)
  await db.run(sql`CREATE INDEX \`stripe_events_type_idx\` ON \`stripe_events\` (\`type\`);`)
  await db.run(sql`CREATE INDEX \`stripe_events_object_id_idx\` ON \`stripe_events\` (\`object_id\`);`)
  await db.run(sql`CREATE INDEX \`stripe_events_updated_at_idx\` ON \`stripe_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`stripe_events_created_at_idx\` ON \`stripe_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payment_alerts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`summary\` text NOT NULL,
  	\`attempts\` numeric NOT NULL,
  	\`window_minutes\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payment_alerts_updated_at_idx\` ON \`payment_alerts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payment_alerts_created_at_idx\` ON \`payment_alerts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`updates\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`subject\` text,
  	\`preheader\` text,
  	\`body\` text,
  	\`language\` text DEFAULT 'en' NOT NULL,
  	\`audience\` text DEFAULT 'topics' NOT NULL,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`scheduled_at\` text,
  	\`notice\` text,
  	\`slug\` text,
  	\`send_started_at\` text,
  	\`sent_at\` text,
  	\`sent_by_id\` integer,
  	\`results_recipients\` numeric,
  	\`results_sent\` numeric,
  	\`results_failed\` numeric,
  	\`results_bounced\` numeric,
  	\`results_skipped\` numeric,
  	\`lease_holder\` text,
  	\`lease_until\` text,
  	\`recipients_cursor\` numeric,
  	\`recipients_resolved\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`sent_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`updates_status_idx\` ON \`updates\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`updates_scheduled_at_idx\` ON \`updates\` (\`scheduled_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`updates_slug_idx\` ON \`updates\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`updates_sent_at_idx\` ON \`updates\` (\`sent_at\`);`)
  await db.run(sql`CREATE INDEX \`updates_sent_by_idx\` ON \`updates\` (\`sent_by_id\`);`)
  await db.run(sql`CREATE INDEX \`updates_updated_at_idx\` ON \`updates\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`updates_created_at_idx\` ON \`updates\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`updates_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`updates\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`updates_texts_order_parent\` ON \`updates_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`update_deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`update_id\` integer NOT NULL,
  	\`supporter_id\` integer NOT NULL,
  	\`key\` text NOT NULL,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`attempts\` numeric DEFAULT 0,
  	\`next_attempt_at\` text,
  	\`sent_at\` text,
  	\`delivered_via\` text,
  	\`message_id\` text,
  	\`last_error\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`update_id\`) REFERENCES \`updates\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`supporter_id\`) REFERENCES \`supporters\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`update_deliveries_update_idx\` ON \`update_deliveries\` (\`update_id\`);`)
  await db.run(sql`CREATE INDEX \`update_deliveries_supporter_idx\` ON \`update_deliveries\` (\`supporter_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`update_deliveries_key_idx\` ON \`update_deliveries\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`update_deliveries_updated_at_idx\` ON \`update_deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`update_deliveries_created_at_idx\` ON \`update_deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`update_status_idx\` ON \`update_deliveries\` (\`update_id\`,\`status\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_donations_one_off_amounts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`pounds\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_donations_one_off_amounts_order_idx\` ON \`site_settings_donations_one_off_amounts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_donations_one_off_amounts_parent_id_idx\` ON \`site_settings_donations_one_off_amounts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_donations_one_off_amounts_locales\` (
  	\`impact\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings_donations_one_off_amounts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_donations_one_off_amounts_locales_locale_paren\` ON \`site_settings_donations_one_off_amounts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_donations_monthly_amounts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`pounds\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`site_settings_donations_monthly_amounts_order_idx\` ON \`site_settings_donations_monthly_amounts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`site_settings_donations_monthly_amounts_parent_id_idx\` ON \`site_settings_donations_monthly_amounts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`site_settings_donations_monthly_amounts_locales\` (
  	\`impact\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings_donations_monthly_amounts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`site_settings_donations_monthly_amounts_locales_locale_paren\` ON \`site_settings_donations_monthly_amounts_locales\` (\`_locale\`,\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`media\` ADD \`licence_reminder_sent_for\` text;`)
  await db.run(sql`CREATE INDEX \`media_licence_expires_on_idx\` ON \`media\` (\`licence_expires_on\`);`)
  await db.run(sql`ALTER TABLE \`supporters\` ADD \`bouncing\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`supporters\` ADD \`bounced_at\` text;`)
  await db.run(sql`ALTER TABLE \`supporters\` ADD \`bounce_reason\` text;`)
  await db.run(sql`CREATE INDEX \`supporters_bouncing_idx\` ON \`supporters\` (\`bouncing\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`donations_id\` integer REFERENCES donations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`regular_gifts_id\` integer REFERENCES regular_gifts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`gift_aid_declarations_id\` integer REFERENCES gift_aid_declarations(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`gift_aid_claims_id\` integer REFERENCES gift_aid_claims(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`stripe_events_id\` integer REFERENCES stripe_events(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`payment_alerts_id\` integer REFERENCES payment_alerts(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`updates_id\` integer REFERENCES updates(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`update_deliveries_id\` integer REFERENCES update_deliveries(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_donations_id_idx\` ON \`payload_locked_documents_rels\` (\`donations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_regular_gifts_id_idx\` ON \`payload_locked_documents_rels\` (\`regular_gifts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_gift_aid_declarations_id_idx\` ON \`payload_locked_documents_rels\` (\`gift_aid_declarations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_gift_aid_claims_id_idx\` ON \`payload_locked_documents_rels\` (\`gift_aid_claims_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stripe_events_id_idx\` ON \`payload_locked_documents_rels\` (\`stripe_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_payment_alerts_id_idx\` ON \`payload_locked_documents_rels\` (\`payment_alerts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_updates_id_idx\` ON \`payload_locked_documents_rels\` (\`updates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_update_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`update_deliveries_id\`);`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`donations_minimum_pounds\` numeric DEFAULT 2;`)
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`donations_maximum_pounds\` numeric DEFAULT 10000;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`pages_blocks_donate_banner_amounts\`;`)
  await db.run(sql`DROP TABLE \`pages_blocks_donate_banner\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_donate_banner_amounts\`;`)
  await db.run(sql`DROP TABLE \`_pages_v_blocks_donate_banner\`;`)
  await db.run(sql`DROP TABLE \`news_blocks_donate_banner_amounts\`;`)
  await db.run(sql`DROP TABLE \`news_blocks_donate_banner\`;`)
  await db.run(sql`DROP TABLE \`_news_v_blocks_donate_banner_amounts\`;`)
  await db.run(sql`DROP TABLE \`_news_v_blocks_donate_banner\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_donate_banner_amounts\`;`)
  await db.run(sql`DROP TABLE \`campaigns_blocks_donate_banner\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_donate_banner_amounts\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_blocks_donate_banner\`;`)
  await db.run(sql`DROP TABLE \`donations\`;`)
  await db.run(sql`DROP TABLE \`regular_gifts\`;`)
  await db.run(sql`DROP TABLE \`gift_aid_declarations\`;`)
  await db.run(sql`DROP TABLE \`gift_aid_claims\`;`)
  await db.run(sql`DROP TABLE \`stripe_events\`;`)
  await db.run(sql`DROP TABLE \`payment_alerts\`;`)
  await db.run(sql`DROP TABLE \`updates\`;`)
  await db.run(sql`DROP TABLE \`updates_texts\`;`)
  await db.run(sql`DROP TABLE \`update_deliveries\`;`)
  await db.run(sql`DROP TABLE \`site_settings_donations_one_off_amounts\`;`)
  await db.run(sql`DROP TABLE \`site_settings_donations_one_off_amounts_locales\`;`)
  await db.run(sql`DROP TABLE \`site_settings_donations_monthly_amounts\`;`)
  await db.run(sql`DROP TABLE \`site_settings_donations_monthly_amounts_locales\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`pages_id\` integer,
  	\`news_id\` integer,
  	\`stories_id\` integer,
  	\`media_id\` integer,
  	\`consent_forms_id\` integer,
  	\`users_id\` integer,
  	\`page_views_id\` integer,
  	\`mail_outbox_id\` integer,
  	\`supporters_id\` integer,
  	\`consents_id\` integer,
  	\`campaigns_id\` integer,
  	\`signatures_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pages_id\`) REFERENCES \`pages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`news_id\`) REFERENCES \`news\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stories_id\`) REFERENCES \`stories\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consent_forms_id\`) REFERENCES \`consent_forms\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`page_views_id\`) REFERENCES \`page_views\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mail_outbox_id\`) REFERENCES \`mail_outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`supporters_id\`) REFERENCES \`supporters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`consents_id\`) REFERENCES \`consents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`signatures_id\`) REFERENCES \`signatures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "pages_id", "news_id", "stories_id", "media_id", "consent_forms_id", "users_id", "page_views_id", "mail_outbox_id", "supporters_id", "consents_id", "campaigns_id", "signatures_id") SELECT "id", "order", "parent_id", "path", "pages_id", "news_id", "stories_id", "media_id", "consent_forms_id", "users_id", "page_views_id", "mail_outbox_id", "supporters_id", "consents_id", "campaigns_id", "signatures_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pages_id_idx\` ON \`payload_locked_documents_rels\` (\`pages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_news_id_idx\` ON \`payload_locked_documents_rels\` (\`news_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stories_id_idx\` ON \`payload_locked_documents_rels\` (\`stories_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consent_forms_id_idx\` ON \`payload_locked_documents_rels\` (\`consent_forms_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_page_views_id_idx\` ON \`payload_locked_documents_rels\` (\`page_views_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mail_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`mail_outbox_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_supporters_id_idx\` ON \`payload_locked_documents_rels\` (\`supporters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_consents_id_idx\` ON \`payload_locked_documents_rels\` (\`consents_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_signatures_id_idx\` ON \`payload_locked_documents_rels\` (\`signatures_id\`);`)
  await db.run(sql`DROP INDEX \`media_licence_expires_on_idx\`;`)
  await db.run(sql`ALTER TABLE \`media\` DROP COLUMN \`licence_reminder_sent_for\`;`)
  await db.run(sql`DROP INDEX \`supporters_bouncing_idx\`;`)
  await db.run(sql`ALTER TABLE \`supporters\` DROP COLUMN \`bouncing\`;`)
  await db.run(sql`ALTER TABLE \`supporters\` DROP COLUMN \`bounced_at\`;`)
  await db.run(sql`ALTER TABLE \`supporters\` DROP COLUMN \`bounce_reason\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`donations_minimum_pounds\`;`)
  await db.run(sql`ALTER TABLE \`site_settings\` DROP COLUMN \`donations_maximum_pounds\`;`)
}
