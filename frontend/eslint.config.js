// ESLint for the SPA, the embeddable widget, the Playwright journeys and the build scripts.
// `npm run lint` runs it with --max-warnings 0; ./din test's frontend layer runs that.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

const root = import.meta.dirname;

// Every folder under src/features is a feature: it may import components/, lib/ and itself,
// never another feature (bulletproof-react's zones are the model). Listing them from disk means
// a new feature is covered without touching this file.
const features = readdirSync(`${root}/src/features`, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const boundaryZones = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'A feature imports only components/, lib/ and itself: move what both need to components/ or lib/.',
  })),
  {
    target: ['./src/components', './src/lib'],
    from: ['./src/features', './src/app'],
    message: 'components/ and lib/ are shared: they never import a feature or the app shell.',
  },
  {
    target: './src/features',
    from: './src/app',
    message: 'The app shell composes features; a feature never imports the app shell.',
  },
];

export default tseslint.config(
  {
    ignores: ['dist/**', 'widget/dist/**', 'test-results/**', 'playwright-report/**', 'src/lib/api/schema.d.ts'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        // Each part of the tree has its own tsconfig; type-aware rules use the one that owns the file.
        project: ['./tsconfig.json', './tsconfig.node.json', './widget/tsconfig.json', './widget/tsconfig.node.json'],
        tsconfigRootDir: root,
      },
    },
    rules: {
      // `_`-prefixed names mark a parameter kept for its position (tsc's noUnused* agree).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // Event handlers in JSX may return a promise; React ignores it, which is what we want.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Callbacks in props and context values are properties, not methods: methods are checked
      // bivariantly, and destructuring one (`const { t } = useI18n()`) would trip unbound-method.
      '@typescript-eslint/method-signature-style': ['error', 'property'],
    },
  },
  {
    // The SPA: browser code with React.
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.d.ts', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: boundaryZones }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    // The widget is plain DOM (a custom element), no React.
    files: ['widget/src/**/*.ts'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Build and test configuration, build scripts and the Playwright journeys run in Node.
    files: ['*.{ts,js}', 'e2e/**/*.ts', 'widget/*.ts', 'widget/scripts/**/*.{ts,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Files outside every tsconfig: this one and the generators (Node), the static page keycloak-js loads (browser).
    files: ['eslint.config.js', 'scripts/**/*.mjs', 'public/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  { files: ['eslint.config.js', 'scripts/**/*.mjs'], languageOptions: { globals: globals.node } },
  { files: ['public/**/*.js'], languageOptions: { globals: globals.browser } },
);
