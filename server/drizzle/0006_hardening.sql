CREATE TABLE `rate_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`scope` text NOT NULL,
	`key` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `rate_events_scope_key_at` ON `rate_events` (`scope`,`key`,`at`);--> statement-breakpoint
CREATE TABLE `audit_checkpoints` (
	`seq` integer PRIMARY KEY NOT NULL,
	`head_hash` text NOT NULL,
	`count` integer NOT NULL,
	`at` text NOT NULL,
	`hash_algorithm` text NOT NULL,
	`signature_algorithm` text NOT NULL,
	`key_id` text NOT NULL,
	`signature` text NOT NULL
);
--> statement-breakpoint
ALTER TABLE `login_failures` ADD `client` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `login_failures_client_at` ON `login_failures` (`client`,`at`);--> statement-breakpoint
ALTER TABLE `chains` ADD `position` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `chains` ADD `figures` text;