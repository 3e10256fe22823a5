/**
 * What a seal is, independent of how it is produced: the baseline {@link
 * org.paraph.seals.domain.SealLevel level}, where its annotation is wanted ({@link
 * org.paraph.seals.domain.PlacementRequest}) and where it goes ({@link
 * org.paraph.seals.domain.Placement}), the options of one sealing ({@link
 * org.paraph.seals.domain.SealOptions}), the key that seals ({@link
 * org.paraph.seals.domain.SealingKey}), where a key in an HSM is found ({@link
 * org.paraph.seals.domain.Pkcs11Settings}), who a certificate names ({@link
 * org.paraph.seals.domain.CertificateSubject}), the failures a user can act on, and the ports the
 * use cases seal through, implemented in {@code seals.infrastructure}: {@link
 * org.paraph.seals.domain.DocumentSigner}, {@link org.paraph.seals.domain.SealPlacements}, {@link
 * org.paraph.seals.domain.KeyStores}, {@link org.paraph.seals.domain.AnnotationPreviews}, and the
 * port a person's qualified signature reaches their credential through ({@link
 * org.paraph.seals.domain.PersonalCredentials}, with a {@link org.paraph.seals.domain.Pkce}). No
 * DSS or PDFBox types here: only JCA ones.
 */
package org.paraph.seals.domain;
