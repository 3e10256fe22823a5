package org.paraph.workflows.infrastructure;

import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.util.AbstractMap;
import java.util.Set;

/**
 * The engine's bean map, backed by CDI: an expression such as {@code ${participantInvitation}}
 * finds the {@code @Named} bean of that name when the process reaches it, so the engine needs no
 * list of beans and a bean added later is found without touching the engine.
 *
 * <p>Only lookups by name are supported; the map cannot be listed. Beans must be normal-scoped
 * ({@code @ApplicationScoped}): a {@code @Dependent} instance created here would never be
 * destroyed.
 */
final class CdiBeanMap extends AbstractMap<Object, Object> {

  private final BeanManager beanManager;

  CdiBeanMap(BeanManager beanManager) {
    this.beanManager = beanManager;
  }

  @Override
  public boolean containsKey(Object key) {
    return bean(key) != null;
  }

  @Override
  public Object get(Object key) {
    Bean<?> bean = bean(key);
    if (bean == null) {
      return null;
    }
    if (!beanManager.isNormalScope(bean.getScope())) {
      throw new IllegalStateException(
          "Bean '"
              + key
              + "' is used by a process and must be normal-scoped, e.g. @ApplicationScoped");
    }
    return beanManager.getReference(bean, Object.class, beanManager.createCreationalContext(bean));
  }

  @Override
  public Set<Entry<Object, Object>> entrySet() {
    return Set.of();
  }

  private Bean<?> bean(Object key) {
    if (!(key instanceof String name)) {
      return null;
    }
    Set<Bean<?>> beans = beanManager.getBeans(name);
    return beans.isEmpty() ? null : beanManager.resolve(beans);
  }
}
