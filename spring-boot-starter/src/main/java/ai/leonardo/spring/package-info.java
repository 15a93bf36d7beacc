/**
 * Spring Boot auto-configuration: one {@code Leonardo} bean from the {@code leonardo.*}
 * properties, backed by FakeLeonardo in tests when {@code leonardo.fake.enabled=true}.
 */
package ai.leonardo.spring;
