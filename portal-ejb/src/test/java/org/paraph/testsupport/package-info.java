/**
 * Test helpers shared by the signing tests: PDFs generated with PDFBox ({@link
 * org.paraph.testsupport.TestPdfs}), offline DSS validation against the demo PKI ({@link
 * org.paraph.testsupport.DssTestValidation}) and reading back where a seal's widget landed ({@link
 * org.paraph.testsupport.SignatureWidgets}), a real SoftHSM2 token for the PKCS#11 tests ({@link
 * org.paraph.testsupport.SoftHsm}), EU-style trusted lists signed with test keys ({@link
 * org.paraph.testsupport.TestTrustedLists}) served over local HTTP ({@link
 * org.paraph.testsupport.TrustedListServer}) and seals of the providers they list ({@link
 * org.paraph.testsupport.ProviderSeals}), PDF/A files ({@link org.paraph.testsupport.PdfaFiles})
 * and veraPDF's verdict on them ({@link org.paraph.testsupport.VeraPdf}), and a migrated in-memory
 * database for repository tests ({@link org.paraph.testsupport.MigratedDatabase}).
 */
package org.paraph.testsupport;
