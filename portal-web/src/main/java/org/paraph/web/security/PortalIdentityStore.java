package org.paraph.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;
import org.paraph.identity.application.AuthenticationService;
import org.paraph.identity.domain.Role;

/** Checks user names and passwords against the portal's users; their roles become groups. */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

  @Inject AuthenticationService authentication;

  public CredentialValidationResult validate(UsernamePasswordCredential credential) {
    return authentication
        .verify(credential.getCaller(), credential.getPassword().getValue())
        .map(
            user ->
                new CredentialValidationResult(
                    user.username(),
                    user.roles().stream().map(Role::name).collect(Collectors.toSet())))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
