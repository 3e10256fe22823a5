-- A seal is either inside the PDF (PAdES) or a detached CAdES signature stored as the sealed
-- version. Every seal made before this column existed was PAdES.
ALTER TABLE seal_record ADD COLUMN format VARCHAR(10) DEFAULT 'PADES' NOT NULL;
