/** Types shared by every feature: the {@link org.paraph.shared.domain.PortalException} family. */
package org.paraph.shared.domain;
