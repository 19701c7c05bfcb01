CREATE TABLE `catalog_extras` (
	`tenant_id` text PRIMARY KEY NOT NULL,
	`extras` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `data_elements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tenant_id` text NOT NULL,
	`key` text NOT NULL,
	`label` text NOT NULL,
	`type` text NOT NULL,
	`content` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `data_elements_tenant_key` ON `data_elements` (`tenant_id`,`key`);--> statement-breakpoint
CREATE TABLE `matter_locals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tenant_id` text NOT NULL,
	`matter_id` text NOT NULL,
	`elements` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`matter_id`) REFERENCES `matters`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `matter_locals_tenant_matter` ON `matter_locals` (`tenant_id`,`matter_id`);--> statement-breakpoint
CREATE TABLE `matter_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`matter_id` text NOT NULL,
	`version` integer NOT NULL,
	`content` text NOT NULL,
	`content_hash` text NOT NULL,
	`source` text NOT NULL,
	`note` text,
	`created_at` text NOT NULL,
	`created_by` text,
	FOREIGN KEY (`matter_id`) REFERENCES `matters`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `matter_versions_matter_version` ON `matter_versions` (`matter_id`,`version`);--> statement-breakpoint
CREATE TABLE `matters` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`department` text NOT NULL,
	`department_id` text,
	`type` text NOT NULL,
	`subject` text NOT NULL,
	`current_version` integer NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `matters_tenant_code` ON `matters` (`tenant_id`,`code`);--> statement-breakpoint
CREATE INDEX `matters_tenant_name` ON `matters` (`tenant_id`,`name`);--> statement-breakpoint
CREATE INDEX `matters_tenant_department` ON `matters` (`tenant_id`,`department`);--> statement-breakpoint
CREATE TABLE `chains` (
	`id` text PRIMARY KEY NOT NULL,
	`tenant_id` text NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`subject` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`recipe` text NOT NULL,
	`decisions` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `chains_tenant_code` ON `chains` (`tenant_id`,`code`);--> statement-breakpoint
CREATE INDEX `chains_tenant_name` ON `chains` (`tenant_id`,`name`);