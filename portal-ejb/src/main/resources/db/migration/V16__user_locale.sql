-- The language a user chose for the portal's pages and messages, as a BCP 47 tag ('en', 'fr-CH').
-- Null: none chosen, the browser's Accept-Language decides (org.paraph.web.i18n.LocaleChoice).
ALTER TABLE app_user ADD COLUMN locale VARCHAR(35);
