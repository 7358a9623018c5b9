package com.incidentreports.identity.signin;

import com.ibm.websphere.security.EntryNotFoundException;
import com.ibm.websphere.security.PasswordCheckFailedException;
import com.ibm.websphere.security.UserRegistry;
import com.ibm.wsspi.security.registry.RegistryHelper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.HashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Checks usernames and passwords against the server's user registry (server.xml: the demo registry today) and
 * returns the person's groups, which name their roles.
 */
@ApplicationScoped
public class RegistryIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(RegistryIdentityStore.class.getName());

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        try {
            UserRegistry registry = RegistryHelper.getUserRegistry(null);
            String user = registry.checkPassword(credential.getCaller(), credential.getPasswordAsString());
            return new CredentialValidationResult(user, new HashSet<>(registry.getGroupsForUser(user)));
        } catch (PasswordCheckFailedException e) {
            return CredentialValidationResult.INVALID_RESULT;
        } catch (Exception e) {
            LOG.log(Level.WARNING, "The user registry could not check a sign-in", e);
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
    }

    /**
     * The groups the registry gives {@code username} now, for a call that proved who it is otherwise (an API
     * token); none if the registry does not know them or cannot be asked.
     */
    public Set<String> groupsOf(String username) {
        try {
            return Set.copyOf(RegistryHelper.getUserRegistry(null).getGroupsForUser(username));
        } catch (EntryNotFoundException e) {
            return Set.of();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "The user registry could not tell the groups of " + username, e);
            return Set.of();
        }
    }
}
