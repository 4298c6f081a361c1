import { Agent, request } from 'undici';
import { listen } from '../../server/server';
import { createTestContext } from '../helpers/test-app';
