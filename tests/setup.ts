// Component tests run in jsdom; jest-dom adds the DOM matchers (toBeInTheDocument, …).
import '@testing-library/jest-dom/vitest';
