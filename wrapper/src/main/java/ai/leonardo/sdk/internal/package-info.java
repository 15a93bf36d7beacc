/**
 * Implementation details of the client (transport, retry delays, poll schedule, validation
 * rules). Public only so the client's packages can share them; not part of the API and may
 * change in any release.
 */
package ai.leonardo.sdk.internal;
