// Component tests run in jsdom; jest-dom adds the DOM matchers (toBeInTheDocument, …).
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';

// findBy*/waitFor wait 1 s by default: too short for lazy chunks and 600k-iteration PBKDF2 on a
// loaded 2-core CI machine (seen: the training library's 24 casus files). Failures still fail.
configure({ asyncUtilTimeout: 5000 });
