import { createTheme, darken, mergeThemeOverrides, type CSSVariablesResolver, type MantineThemeOverride } from '@mantine/core';

/** Indigo at shade 8 so white on buttons and links on white keep a 4.5:1 contrast (WCAG AA). */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 8, dark: 6 },
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
});

/** The theme with the names of Mantine's own icon buttons (close a dialog, a notification) in the current language. */
export function localizedTheme(closeLabel: string): MantineThemeOverride {
  const closeButtonProps = { 'aria-label': closeLabel };
  return mergeThemeOverrides(theme, {
    components: {
      Modal: { defaultProps: { closeButtonProps } },
      Drawer: { defaultProps: { closeButtonProps } },
      Notification: { defaultProps: { closeButtonProps } },
    },
  });
}

/**
 * Darker "dimmed" text and "light" variants (badges, the active navigation link) than Mantine's
 * defaults, whose small text on tinted backgrounds falls under the 4.5:1 contrast AA asks for.
 */
export const cssVariablesResolver: CSSVariablesResolver = (current) => {
  const light: Record<string, string> = { '--mantine-color-dimmed': current.colors.gray[7] };
  for (const [name, shades] of Object.entries(current.colors)) {
    light[`--mantine-color-${name}-light`] = shades[0];
    light[`--mantine-color-${name}-light-hover`] = shades[1];
    light[`--mantine-color-${name}-light-color`] = darken(shades[9], 0.25);
  }
  return { variables: {}, light, dark: {} };
};
