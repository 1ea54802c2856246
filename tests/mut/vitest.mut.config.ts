// Temporary: runs mutated copies of tests (tests/mut/**.mtest.ts) to see them fail. Not part of the suite.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vite.config';

export default mergeConfig(
	{ ...base, test: { ...base.test, projects: undefined } },
	defineConfig({
		test: {
			projects: [
				{ extends: true, test: { name: 'mut-unit', environment: 'node', include: ['tests/mut/unit/**/*.mtest.ts'] } },
				{
					extends: true,
					resolve: { conditions: ['browser'] },
					test: {
						name: 'mut-component',
						environment: 'jsdom',
						include: ['tests/mut/component/**/*.mtest.ts'],
						setupFiles: ['tests/component/setup.ts']
					}
				}
			]
		}
	})
);
