// Builds the app and serves build/ with scripts/serve.js for the benchmark.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import http from 'node:http';
import https from 'node:https';
import { createServer } from 'node:net';
import { BenchError } from './browser.js';

/**
 * Runs a command, keeping its output to show only when it fails.
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 */
export async function runQuietly(command, args, cwd) {
	const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
	/** @type {string[]} */
	const output = [];
	child.stdout.on('data', (chunk) => output.push(String(chunk)));
	child.stderr.on('data', (chunk) => output.push(String(chunk)));
	const [code] = /** @type {[number | null]} */ (await once(child, 'close'));
	if (code !== 0) {
		const tail = output.join('').trimEnd().split('\n').slice(-40).join('\n');
		throw new BenchError(`\`${[command, ...args].join(' ')}\` failed (exit ${code}):\n${tail}`);
	}
}

/**
 * Whether nothing listens on 127.0.0.1:port.
 * @param {number} port
 * @returns {Promise<boolean>}
 */
function isFree(port) {
	return new Promise((resolve) => {
		const probe = createServer();
		probe.once('error', () => resolve(false));
		probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
	});
}

/**
 * A port the operating system reports free right now.
 * @returns {Promise<number>}
 */
function anyFreePort() {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

/**
 * $BENCH_PORT exactly when set (an error if taken), otherwise 4180 or any free port.
 * @returns {Promise<number>}
 */
export async function pickPort() {
	const wanted = process.env.BENCH_PORT;
	if (wanted) {
		const port = Number(wanted);
		if (!Number.isInteger(port) || port <= 0 || port > 65535)
			throw new BenchError(`BENCH_PORT=${wanted} is not a port number.`);
		if (!(await isFree(port)))
			throw new BenchError(`BENCH_PORT=${port} is in use: free it or pick another port.`);
		return port;
	}
	return (await isFree(4180)) ? 4180 : anyFreePort();
}

/**
 * Starts `node scripts/serve.js --port <port>` (with `--tls <dir>` given a certificate) and
 * resolves once it answers.
 * @param {string} root the project folder
 * @param {number} port
 * @param {{ dir: string, cert: Buffer }} [tls] serve HTTPS (HTTP/2) with this certificate
 * @returns {Promise<{ baseURL: string, stop: () => Promise<void> }>}
 */
export async function startServer(root, port, tls, timeoutMs = 15_000) {
	const args = ['scripts/serve.js', '--port', String(port), ...(tls ? ['--tls', tls.dir] : [])];
	const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
	let log = '';
	let exited = false;
	const exit = once(child, 'exit').then(() => {
		exited = true;
	});

	const stop = async () => {
		if (exited) return;
		child.kill('SIGTERM');
		const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
		await exit;
		clearTimeout(timer);
	};

	const baseURL = `${tls ? 'https' : 'http'}://127.0.0.1:${port}`;
	// serve.js prints its URL once it listens; it exits with a message when it cannot.
	const listening = new Promise((resolve, reject) => {
		const timer = setTimeout(
			() => reject(new BenchError(`scripts/serve.js did not start in ${timeoutMs} ms:\n${log}`)),
			timeoutMs
		);
		/** @param {Buffer} chunk */
		const onOutput = (chunk) => {
			log += String(chunk);
			if (log.includes(baseURL)) {
				clearTimeout(timer);
				resolve(undefined);
			}
		};
		child.stdout.on('data', onOutput);
		child.stderr.on('data', onOutput);
		void exit.then(() => {
			clearTimeout(timer);
			reject(new BenchError(`scripts/serve.js exited before serving:\n${log.trim()}`));
		});
	});

	try {
		await listening;
		const status = await statusOf(`${baseURL}/`, tls?.cert);
		if (status !== 200) throw new BenchError(`${baseURL}/ answered ${status}.`);
	} catch (error) {
		await stop();
		throw error;
	}
	return { baseURL, stop };
}

/**
 * The status a GET of url answers with (over HTTPS, trusting only the given certificate).
 * @param {string} url
 * @param {Buffer} [ca]
 * @returns {Promise<number>}
 */
function statusOf(url, ca) {
	const get = url.startsWith('https:') ? https.get : http.get;
	return new Promise((resolve, reject) => {
		get(url, { ca }, (response) => {
			response.resume();
			response.on('end', () => resolve(response.statusCode ?? 0));
		}).on('error', reject);
	});
}
