package dev.precis.batch.role;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** A bean or configuration that exists only in the given roles ({@code precis.role}, default standalone). */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Documented
@Conditional(ConditionalOnRole.OnRole.class)
public @interface ConditionalOnRole {

    Role[] value();

    class OnRole implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Role role = Role.of(context.getEnvironment());
            Object roles = metadata.getAnnotationAttributes(ConditionalOnRole.class.getName()).get("value");
            // An unknown role gets the standalone beans, so the command line can say what is wrong.
            return Arrays.asList((Role[]) roles).contains(role == null ? Role.STANDALONE : role);
        }
    }
}
