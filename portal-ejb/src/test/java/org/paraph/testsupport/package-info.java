/**
 * Test helpers shared by the signing tests: PDFs generated with PDFBox ({@link
 * org.paraph.testsupport.TestPdfs}), offline DSS validation against the demo PKI ({@link
 * org.paraph.testsupport.DssTestValidation}) and reading back where a seal's widget landed ({@link
 * org.paraph.testsupport.SignatureWidgets}) and a real SoftHSM2 token for the PKCS#11 tests ({@link
 * org.paraph.testsupport.SoftHsm}).
 */
package org.paraph.testsupport;
